package se.rattighetsnavet.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.platform.Role;

/**
 * SQL of the account tables.
 */
@Repository
class Accounts {

	private static final String SELECT = """
			SELECT a.*, coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
			FROM accounts_account a LEFT JOIN accounts_account_role r ON r.account_id = a.id
			""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByEmail(String email) {
		return jdbc.sql(SELECT + " WHERE lower(a.email) = lower(?) GROUP BY a.id").param(email).query(Accounts::map).optional();
	}

	Optional<String> passwordHash(String email) {
		return jdbc.sql("SELECT password_hash FROM accounts_account WHERE lower(email) = lower(?)").param(email).query(String.class).optional();
	}

	List<Account> all() {
		return jdbc.sql(SELECT + " GROUP BY a.id ORDER BY a.organisation_code, lower(a.email)").query(Accounts::map).list();
	}

	List<Account> holders(String organisationCode, Role role) {
		return jdbc.sql(SELECT + " WHERE a.organisation_code = ? AND a.enabled AND EXISTS "
				+ "(SELECT 1 FROM accounts_account_role x WHERE x.account_id = a.id AND x.role = ?) GROUP BY a.id ORDER BY a.email")
			.params(organisationCode, role.name())
			.query(Accounts::map)
			.list();
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts_account_role WHERE role = ?)").param(role.name()).query(Boolean.class).single();
	}

	long insert(String email, String name, String organisationCode, String passwordHash, Set<Role> roles) {
		long id = jdbc.sql("INSERT INTO accounts_account (email, name, organisation_code, password_hash) VALUES (?, ?, ?, ?) RETURNING id")
			.params(email.trim(), name.trim(), organisationCode, passwordHash)
			.query(Long.class)
			.single();
		roles.forEach(role -> jdbc.sql("INSERT INTO accounts_account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update());
		return id;
	}

	void updatePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE accounts_account SET password_hash = ?, password_changed_at = now(), version = version + 1 WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	/** Counts a failed sign-in and locks the account when the limit is reached; returns the new count. */
	int recordFailure(String email, int limit, Instant lockUntil) {
		return jdbc.sql("""
				UPDATE accounts_account
				SET failed_attempts = failed_attempts + 1,
				    locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
				WHERE lower(email) = lower(?) RETURNING failed_attempts
				""")
			.params(limit, Timestamp.from(lockUntil), email)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void resetFailures(String email) {
		jdbc.sql("UPDATE accounts_account SET failed_attempts = 0, locked_until = NULL WHERE lower(email) = lower(?) AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
			.param(email)
			.update();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		String roles = rs.getString("roles");
		Set<Role> parsed = roles.isEmpty() ? Set.of()
				: Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(HashSet::new));
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("organisation_code"),
				parsed, rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}
}
