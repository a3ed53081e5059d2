package se.rattighetsnavet.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;

/**
 * Locks an account for a while after repeated wrong passwords, against password guessing.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final Accounts accounts;
	private final AuditLog auditLog;
	private final Clock clock;
	private final int limit;
	private final Duration lockDuration;

	LoginAttempts(Accounts accounts, AuditLog auditLog, Clock clock, @Value("${rn.accounts.lockout.attempts:5}") int limit,
			@Value("${rn.accounts.lockout.duration:PT15M}") Duration lockDuration) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.clock = clock;
		this.limit = limit;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		int failures = accounts.recordFailure(email, limit, clock.instant().plus(lockDuration));
		if (failures == limit) {
			log.warn("Account {} locked for {} after {} failed sign-ins", email, lockDuration, failures);
			accounts.findByEmail(email).ifPresent(account -> auditLog.record(Actor.SYSTEM, "lock", AccountService.ENTITY,
					account.id(), null, java.util.Map.of("lockedUntil", String.valueOf(account.lockedUntil()), "failedAttempts", failures)));
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		accounts.resetFailures(event.getAuthentication().getName());
	}
}
