package se.rattighetsnavet.accounts.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.accounts.NewAccount;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Role;

/**
 * Creates the first administrator when none exists, so a new installation can be signed in to.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountService accounts;
	private final String email;
	private final String password;

	AdminBootstrap(AccountService accounts, @Value("${rn.admin.email:admin@rattighetsnavet.local}") String email,
			@Value("${rn.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.adminExists()) {
			return;
		}
		boolean generated = password == null || password.isBlank();
		String chosen = generated ? generate() : password;
		accounts.createAs(Actor.SYSTEM, new NewAccount(email, "Administratör", chosen, "SKR", Set.of(Role.ADMIN, Role.PROGRAMME_OFFICE)));
		if (generated) {
			// printed once, on the console only; never logged to files or stored in clear text
			System.out.printf("%n=== Rättighetsnavet: first administrator created ===%n  e-mail:   %s%n  password: %s%n"
					+ "  Change the password after signing in (Mitt konto > Byt lösenord).%n%n", email, chosen);
		}
		log.info("First administrator {} created{}", email, generated ? " with a generated password (printed on the console)" : "");
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder builder = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return builder.toString();
	}
}
