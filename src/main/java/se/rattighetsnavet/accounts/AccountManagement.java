package se.rattighetsnavet.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Creating accounts, changing passwords and reading who has access.
 */
public interface AccountManagement {

	/**
	 * Creates an account for the current actor, who must be allowed to grant the roles.
	 *
	 * @throws se.rattighetsnavet.platform.FieldErrors for an unknown organisation, a role that does not fit it, or a taken e-mail
	 */
	Account create(NewAccount account);

	/** @throws se.rattighetsnavet.platform.FieldErrors when the current password is wrong or the new one too weak */
	void changePassword(String currentPassword, String newPassword);

	Optional<Account> findByEmail(String email);

	List<Account> all();

	/** Accounts of an organisation holding a role; used to find who to notify. */
	List<Account> holders(String organisationCode, se.rattighetsnavet.platform.Role role);
}
