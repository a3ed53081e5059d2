package se.rattighetsnavet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		transactions.executeWithoutResult(status -> auditLog.record(Actor.SYSTEM, "create", "test", "1", null, java.util.Map.of("a", 1)));
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else'").update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void anEntryCannotBeWrittenOutsideTheChangesTransaction() {
		assertThatThrownBy(() -> auditLog.record(Actor.SYSTEM, "create", "test", "2", null, null))
			.hasMessageContaining("transaction");
	}

	@Test
	void onlyAdministratorsAndTheProgrammeOfficeReadTheTrail() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		assertThat(api.as(accounts.create("SKR", Role.PROGRAMME_OFFICE)).get("/api/v1/audit?entityType=organisation").status()).isEqualTo(200);
		assertThat(api.as(accounts.create("REGERINGSKANSLIET", Role.MINISTRY)).get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.as(accounts.create("0180", Role.MEMBER_EDITOR)).get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit").status()).isEqualTo(401);
	}

	@Test
	void theReferenceDataLoadIsOnTheTrail() {
		long created = jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'organisation' AND action = 'create' AND actor = 'system'")
			.query(Long.class).single();
		assertThat(created).isEqualTo(314);
	}
}
