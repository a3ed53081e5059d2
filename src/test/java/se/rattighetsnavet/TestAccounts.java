package se.rattighetsnavet;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.platform.Role;

/**
 * Creates accounts for tests straight in the database, each with a unique e-mail address, so tests don't depend on one another.
 */
public final class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private String hash;

	public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** @return the e-mail address of a new account in the organisation with the roles; its password is {@link #PASSWORD} */
	public String create(String organisationCode, Role... roles) {
		if (hash == null) {
			hash = encoder.encode(PASSWORD);
		}
		String email = "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.rattighetsnavet.se";
		long id = jdbc.sql("INSERT INTO accounts_account (email, name, organisation_code, password_hash) VALUES (?, ?, ?, ?) RETURNING id")
			.params(email, "Test " + organisationCode, organisationCode, hash)
			.query(Long.class)
			.single();
		for (Role role : Set.of(roles)) {
			jdbc.sql("INSERT INTO accounts_account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
		return email;
	}
}
