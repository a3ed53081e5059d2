package se.rattighetsnavet.accounts;

import java.time.Instant;
import java.util.Set;

import se.rattighetsnavet.platform.Role;

/**
 * A person's account. The password hash never leaves the module.
 */
public record Account(long id, String email, String name, String organisationCode, Set<Role> roles, boolean enabled,
		Instant lockedUntil, Instant createdAt, int version) {

	public Account {
		roles = Set.copyOf(roles);
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
