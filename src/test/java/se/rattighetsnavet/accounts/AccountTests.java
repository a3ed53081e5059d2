package se.rattighetsnavet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.platform.Role;

class AccountTests extends ApiTestSupport {

	@Test
	void firstAdministratorWasCreatedFromTheEnvironment() {
		assertThat(api.as("admin@test.rattighetsnavet.se", "test-admin-password").get("/api/v1/users").status()).isEqualTo(200);
	}

	@Test
	void administratorCreatesAnAccountThatCanSignIn() {
		String admin = accounts.create("SKR", Role.ADMIN);
		String email = "handlaggare." + System.nanoTime() + "@kammarkollegiet.se";
		ApiClient.Response created = api.as(admin).post("/api/v1/users", Map.of("email", email, "name", "Handläggare",
				"password", "ett-långt-lösenord", "organisationCode", "KAMMARKOLLEGIET", "roles", List.of("PAYING_AGENCY")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("roles").get(0).asString()).isEqualTo("PAYING_AGENCY");
		assertThat(jdbc.sql("SELECT password_hash FROM accounts_account WHERE email = ?").param(email).query(String.class).single())
			.startsWith("{bcrypt}");
		assertThat(api.as(email, "ett-långt-lösenord").get("/api/v1/organisations/KAMMARKOLLEGIET").status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'account' AND action = 'create' AND actor = ?")
			.param(admin).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void rolesMustFitTheOrganisationAndEmailsAreUnique() {
		String admin = accounts.create("SKR", Role.ADMIN);
		ApiClient.Response misfit = api.as(admin).post("/api/v1/users", Map.of("email", "x" + System.nanoTime() + "@malmo.se",
				"name", "X", "password", "ett-långt-lösenord", "organisationCode", "1280", "roles", List.of("PAYING_AGENCY")));
		assertThat(misfit.status()).isEqualTo(400);
		assertThat(misfit.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");

		ApiClient.Response taken = api.as(admin).post("/api/v1/users", Map.of("email", admin, "name", "X",
				"password", "ett-långt-lösenord", "organisationCode", "SKR", "roles", List.of("ADMIN")));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.json().get("errors").get(0).get("message").asString()).contains("finns redan");
	}

	@Test
	void onlyAdministratorsAndTheProgrammeOfficeCreateAccounts() {
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		String member = accounts.create("1280", Role.MEMBER_EDITOR);
		Map<String, Object> editor = Map.of("email", "e" + System.nanoTime() + "@malmo.se", "name", "E",
				"password", "ett-långt-lösenord", "organisationCode", "1280", "roles", List.of("MEMBER_EDITOR"));
		Map<String, Object> administrator = Map.of("email", "a" + System.nanoTime() + "@skr.se", "name", "A",
				"password", "ett-långt-lösenord", "organisationCode", "SKR", "roles", List.of("ADMIN"));

		assertThat(api.as(office).post("/api/v1/users", editor).status()).isEqualTo(201);
		assertThat(api.as(office).post("/api/v1/users", administrator).status()).isEqualTo(403);
		assertThat(api.as(member).post("/api/v1/users", administrator).status()).isEqualTo(403);
		assertThat(api.as(member).get("/api/v1/users").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/users", editor).status()).isEqualTo(401);
	}

	@Test
	void repeatedWrongPasswordsLockTheAccount() {
		String email = accounts.create("0180", Role.MEMBER_READER);
		for (int i = 0; i < 5; i++) {
			assertThat(api.as(email, "wrong-" + i).get("/api/v1/users").status()).isEqualTo(401);
		}
		// the right password no longer helps while the lock lasts
		assertThat(api.as(email).get("/api/v1/organisations/0180").status()).isEqualTo(401);
		assertThat(api.as(email).post("/api/v1/users", Map.of()).status()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT locked_until > now() FROM accounts_account WHERE email = ?").param(email).query(Boolean.class).single()).isTrue();
	}

	@Test
	void validationMessagesAreSwedishUnlessEnglishIsAsked() {
		String admin = accounts.create("SKR", Role.ADMIN);
		ApiClient.Response swedish = api.as(admin).post("/api/v1/users", Map.of("email", "inte-en-adress"));
		assertThat(swedish.status()).isEqualTo(400);
		assertThat(swedish.text()).contains("Fältet måste fyllas i.").contains("Ange en giltig e-postadress");
		ApiClient.Response english = api.as(admin).inEnglish().post("/api/v1/users", Map.of("email", "inte-en-adress"));
		assertThat(english.text()).contains("This field is required.");
		ApiClient.Response malformed = api.as(admin).post("/api/v1/users", "{not json");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}
}
