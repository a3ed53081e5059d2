package se.rattighetsnavet.accounts;

import java.util.Set;

import se.rattighetsnavet.platform.Role;

/**
 * Which roles an organisation's staff can hold, and who may hand them out.
 */
public final class RolePolicy {

	private RolePolicy() {
	}

	/** The kind of organisation ({@code OrganisationType} name) a role belongs to. */
	public static boolean fits(Role role, String organisationType) {
		return switch (role) {
			case ADMIN, PROGRAMME_OFFICE -> "SKR".equals(organisationType);
			case MINISTRY -> "REGERINGSKANSLIET".equals(organisationType);
			case PAYING_AGENCY -> "KAMMARKOLLEGIET".equals(organisationType);
			case MEMBER_EDITOR, MEMBER_READER -> "KOMMUN".equals(organisationType) || "REGION".equals(organisationType);
		};
	}

	/** An administrator creates any account; the programme office creates accounts for members' staff. */
	public static boolean mayGrant(Set<Role> granter, Set<Role> requested) {
		if (granter.contains(Role.ADMIN)) {
			return true;
		}
		return granter.contains(Role.PROGRAMME_OFFICE)
				&& requested.stream().allMatch(role -> role == Role.MEMBER_EDITOR || role == Role.MEMBER_READER);
	}
}
