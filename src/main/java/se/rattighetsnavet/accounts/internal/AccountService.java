package se.rattighetsnavet.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.accounts.AccountManagement;
import se.rattighetsnavet.accounts.NewAccount;
import se.rattighetsnavet.accounts.RolePolicy;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;

@Service
@Transactional(readOnly = true)
class AccountService implements AccountManagement {

	static final String ENTITY = "account";
	static final int MIN_PASSWORD_LENGTH = 12;

	private final Accounts accounts;
	private final OrganisationManagement organisations;
	private final PasswordEncoder passwordEncoder;
	private final AuditLog auditLog;

	AccountService(Accounts accounts, OrganisationManagement organisations, PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public Account create(NewAccount request) {
		Actor actor = Actors.current();
		Actors.require(actor.hasAnyRole(Role.ADMIN, Role.PROGRAMME_OFFICE) && RolePolicy.mayGrant(actor.roles(), request.roles()));
		return createAs(actor, request);
	}

	Account createAs(Actor actor, NewAccount request) {
		FieldErrors errors = new FieldErrors();
		Optional<Organisation> organisation = organisations.find(request.organisationCode());
		if (organisation.isEmpty()) {
			errors.add("organisationCode", "validation.organisation.unknown");
		}
		else {
			request.roles().stream()
				.filter(role -> !RolePolicy.fits(role, organisation.get().type().name()))
				.forEach(role -> errors.add("roles", "validation.role.organisation", role.name(), organisation.get().name()));
		}
		if (accounts.findByEmail(request.email()).isPresent()) {
			errors.add("email", "validation.email.taken");
		}
		if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
			errors.add("password", "validation.password.length", MIN_PASSWORD_LENGTH);
		}
		errors.throwIfAny();
		long id = accounts.insert(request.email(), request.name(), request.organisationCode(),
				passwordEncoder.encode(request.password()), request.roles());
		Account account = accounts.findByEmail(request.email()).orElseThrow();
		auditLog.record(actor, "create", ENTITY, id, null, account);
		return account;
	}

	@Override
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		Actor actor = Actors.current();
		Actors.require(actor.isAuthenticated());
		Account account = accounts.findByEmail(actor.email()).orElseThrow();
		FieldErrors errors = new FieldErrors();
		String hash = accounts.passwordHash(actor.email()).orElseThrow();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
			errors.add("currentPassword", "validation.password.current");
		}
		if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
			errors.add("newPassword", "validation.password.length", MIN_PASSWORD_LENGTH);
		}
		else if (newPassword.equals(currentPassword)) {
			errors.add("newPassword", "validation.password.same");
		}
		errors.throwIfAny();
		accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword));
		// the hashes themselves are never written to the trail
		auditLog.record("change-password", ENTITY, account.id(), Map.of("email", account.email()), Map.of("passwordChanged", true));
	}

	@Override
	public Optional<Account> findByEmail(String email) {
		return accounts.findByEmail(email);
	}

	@Override
	public List<Account> all() {
		Actors.require(Actors.current().hasAnyRole(Role.ADMIN, Role.PROGRAMME_OFFICE));
		return accounts.all();
	}

	@Override
	public List<Account> holders(String organisationCode, Role role) {
		return accounts.holders(organisationCode, role);
	}

	boolean adminExists() {
		return accounts.anyWithRole(Role.ADMIN);
	}
}
