package se.rattighetsnavet.accounts.internal;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.platform.Actor;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock;

	AccountUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		String hash = accounts.passwordHash(email).orElseThrow();
		var authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
		Actor actor = new Actor(account.email(), account.name(), account.organisationCode(), account.roles());
		return new AccountUser(actor, hash, account.enabled(), !account.isLocked(clock.instant()), authorities);
	}
}
