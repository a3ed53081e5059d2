package se.rattighetsnavet.grants.internal;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Role;

/**
 * Who may do what with the grant: role and organisation together, as every write demands.
 */
final class GrantAccess {

	static final String SKR = "SKR";
	static final String MINISTRY = "REGERINGSKANSLIET";
	static final String PAYING_AGENCY = "KAMMARKOLLEGIET";

	private GrantAccess() {
	}

	/** The programme office of SKR drafts, edits and submits requisitions and reports and uploads signed originals. */
	static boolean drafts(Actor actor) {
		return actor.hasRoleIn(Role.PROGRAMME_OFFICE, SKR);
	}

	/** Kammarkollegiet registers receipt, payments and repayments. */
	static boolean pays(Actor actor) {
		return actor.hasRoleIn(Role.PAYING_AGENCY, PAYING_AGENCY);
	}

	/** The ministry approves reports or sends them back. */
	static boolean decides(Actor actor) {
		return actor.hasRoleIn(Role.MINISTRY, MINISTRY);
	}

	/** Drafts are seen by those who write them and by the ministry, which reads everything. */
	static boolean seesDrafts(Actor actor) {
		return drafts(actor) || decides(actor);
	}

	/** Late reports and possible reclaims concern the parties to the agreement and the paying agency. */
	static boolean seesReclaims(Actor actor) {
		return drafts(actor) || decides(actor) || pays(actor);
	}
}
