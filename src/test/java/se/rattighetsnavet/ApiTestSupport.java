package se.rattighetsnavet;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Base of the integration tests that speak to the JSON API: the running platform, an anonymous client and a way to make accounts.
 */
@IntegrationTest
public abstract class ApiTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	protected ApiClient api;
	protected TestAccounts accounts;

	@BeforeEach
	void connect() {
		api = new ApiClient(port);
		accounts = new TestAccounts(jdbc, passwordEncoder);
	}
}
