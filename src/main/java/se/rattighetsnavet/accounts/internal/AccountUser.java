package se.rattighetsnavet.accounts.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.ActorPrincipal;

/**
 * The signed-in principal: Spring Security's user plus the actor every module reads.
 */
class AccountUser extends User implements ActorPrincipal {

	private final Actor actor;

	AccountUser(Actor actor, String passwordHash, boolean enabled, boolean nonLocked, Collection<? extends GrantedAuthority> authorities) {
		super(actor.email(), passwordHash, enabled, true, true, nonLocked, authorities);
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}
}
