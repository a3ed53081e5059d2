package se.rattighetsnavet.grants.web;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Role;

/**
 * Which lifecycle actions the pages offer; the services decide again on every request.
 */
record Permissions(boolean draft, boolean pay, boolean decide) {

	static Permissions current() {
		Actor actor = Actors.current();
		return new Permissions(actor.hasRoleIn(Role.PROGRAMME_OFFICE, "SKR"), actor.hasRoleIn(Role.PAYING_AGENCY, "KAMMARKOLLEGIET"),
				actor.hasRoleIn(Role.MINISTRY, "REGERINGSKANSLIET"));
	}
}
