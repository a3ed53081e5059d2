package se.rattighetsnavet.agreements.internal;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Role;

/**
 * Who may do what with the agreements. The public reads agreements, deliverables, dates and statuses; submitted documents,
 * responsible persons' addresses and meeting minutes are for the programme office, the Government Offices, Kammarkollegiet
 * and administrators.
 */
public final class Access {

	static final String SKR = "SKR";
	static final String GOVERNMENT = "REGERINGSKANSLIET";
	static final String PAYING_AGENCY = "KAMMARKOLLEGIET";

	private Access() {
	}

	public static boolean mayEdit(Actor actor) {
		return actor.hasRoleIn(Role.PROGRAMME_OFFICE, SKR);
	}

	/** Submitting is the programme office's; the platform itself submits generated reports on its behalf. */
	public static boolean maySubmit(Actor actor) {
		return actor == Actor.SYSTEM || mayEdit(actor);
	}

	/** The Government Offices accept deliverables; Kammarkollegiet those handed in to it. */
	public static boolean mayAccept(Actor actor, String recipientCode) {
		return actor.hasRoleIn(Role.MINISTRY, GOVERNMENT)
				|| (PAYING_AGENCY.equals(recipientCode) && actor.hasRoleIn(Role.PAYING_AGENCY, PAYING_AGENCY));
	}

	/** Both parties may put a meeting in the calendar; the minutes of a samråd are the Government Offices' to record. */
	public static boolean mayRecordMeeting(Actor actor) {
		return mayEdit(actor) || actor.hasRoleIn(Role.MINISTRY, GOVERNMENT);
	}

	public static boolean mayRecordMinutes(Actor actor, MeetingKind kind) {
		return kind == MeetingKind.SAMRAD ? actor.hasRoleIn(Role.MINISTRY, GOVERNMENT) : mayEdit(actor);
	}

	public static boolean mayReadInternal(Actor actor) {
		return mayEdit(actor) || actor.hasRoleIn(Role.MINISTRY, GOVERNMENT) || actor.hasRoleIn(Role.PAYING_AGENCY, PAYING_AGENCY)
				|| actor.hasRole(Role.ADMIN);
	}
}
