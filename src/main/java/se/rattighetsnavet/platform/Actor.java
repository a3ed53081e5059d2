package se.rattighetsnavet.platform;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is acting: a signed-in account or the platform itself. Authorisation always asks for role and organisation.
 */
public record Actor(String email, String name, String organisationCode, Set<Role> roles) {

	public static final Actor SYSTEM = new Actor("system", "Rättighetsnavet", null, Set.of());
	public static final Actor ANONYMOUS = new Actor("anonymous", "Allmänheten", null, Set.of());

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean isAuthenticated() {
		return this != ANONYMOUS && this != SYSTEM;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		return Arrays.stream(candidates).anyMatch(roles::contains);
	}

	/** For templates, which may not reference types. */
	public boolean hasAnyRoleNamed(String... names) {
		return Arrays.stream(names).anyMatch(name -> roles.contains(Role.valueOf(name)));
	}

	public boolean belongsTo(String code) {
		return organisationCode != null && organisationCode.equals(code);
	}

	/** Holds the role within the given organisation: the check every write makes. */
	public boolean hasRoleIn(Role role, String code) {
		return hasRole(role) && belongsTo(code);
	}
}
