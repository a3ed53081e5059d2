package se.rattighetsnavet.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.platform.Role;
import tools.jackson.databind.JsonNode;

class OrganisationRegistryTests extends ApiTestSupport {

	@Autowired
	Map<String, ApplicationRunner> runners;

	@Test
	void holdsAllMembersAndTheNationalBodies() {
		assertThat(count("KOMMUN")).isEqualTo(290);
		assertThat(count("REGION")).isEqualTo(21);
		assertThat(count("SKR") + count("REGERINGSKANSLIET") + count("KAMMARKOLLEGIET")).isEqualTo(3);
		JsonNode regions = api.get("/api/v1/organisations?type=REGION").json();
		assertThat(regions.get("total").asInt()).isEqualTo(21);
		assertThat(regions.get("items").get(0).propertyNames()).containsExactlyInAnyOrder("code", "name", "type", "countyCode", "population");
	}

	@Test
	void populationSumsToTheCountryAndHasHistory() {
		long municipalities = jdbc.sql("SELECT sum(population) FROM organisations_organisation WHERE type = 'KOMMUN'").query(Long.class).single();
		assertThat(municipalities).isEqualTo(10_521_556L);
		JsonNode stockholm = api.get("/api/v1/organisations/0180").json();
		assertThat(stockholm.get("name").asString()).isEqualTo("Stockholms kommun");
		assertThat(stockholm.get("populationHistory").size()).isEqualTo(29);
		// Knivsta became a municipality on 1 January 2003; its first figure is the population of 31 December 2002
		assertThat(api.get("/api/v1/organisations/0330").json().get("populationHistory").get(0).get("year").asInt()).isEqualTo(2002);
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		long organisations = jdbc.sql("SELECT count(*) FROM organisations_organisation").query(Long.class).single();
		long figures = jdbc.sql("SELECT count(*) FROM organisations_population").query(Long.class).single();
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : runners.values()) {
			runner.run(none);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM organisations_organisation").query(Long.class).single()).isEqualTo(organisations);
		assertThat(jdbc.sql("SELECT count(*) FROM organisations_population").query(Long.class).single()).isEqualTo(figures);
	}

	@Test
	void searchesByTextTypeAndPages() {
		JsonNode result = api.get("/api/v1/organisations?q=g%C3%B6teborg").json();
		assertThat(result.get("items").get(0).get("code").asString()).isEqualTo("1480");
		JsonNode page = api.get("/api/v1/organisations?type=KOMMUN&page=5&size=50").json();
		assertThat(page.get("total").asInt()).isEqualTo(290);
		assertThat(page.get("items").size()).isEqualTo(40);
	}

	@Test
	void unknownCodeIsAProblemInSwedishOrEnglish() {
		ApiClient.Response swedish = api.get("/api/v1/organisations/9999");
		assertThat(swedish.status()).isEqualTo(404);
		assertThat(swedish.contentType()).startsWith("application/problem+json");
		assertThat(swedish.json().get("detail").asString()).isEqualTo("Organisationen 9999 finns inte.");
		assertThat(api.inEnglish().get("/api/v1/organisations/9999").json().get("title").asString()).isEqualTo("Not found");
	}

	@Test
	void badQueryValuesAreValidationProblems() {
		ApiClient.Response response = api.get("/api/v1/organisations?type=STAD");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
	}

	@Test
	void organisationNumberIsCheckedAuditedAndLockedOptimistically() {
		String editor = accounts.create("0114", Role.MEMBER_EDITOR);
		int version = api.get("/api/v1/organisations/0114").json().get("version").asInt();

		ApiClient.Response invalid = api.as(editor).patch("/api/v1/organisations/0114", Map.of("organisationNumber", "212000-0143", "version", version));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationNumber");

		ApiClient.Response saved = api.as(editor).patch("/api/v1/organisations/0114", Map.of("organisationNumber", "2120000142", "version", version));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("organisationNumber").asString()).isEqualTo("212000-0142");

		ApiClient.Response stale = api.as(editor).patch("/api/v1/organisations/0114", Map.of("organisationNumber", "", "version", version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("type").asString()).endsWith("/conflict");

		String admin = accounts.create("SKR", Role.ADMIN);
		JsonNode trail = api.as(admin).get("/api/v1/audit?entityType=organisation&entityId=0114").json();
		JsonNode last = trail.get("items").get(0);
		assertThat(last.get("actor").asString()).isEqualTo(editor);
		assertThat(last.get("organisationCode").asString()).isEqualTo("0114");
		assertThat(last.get("before").get("organisationNumber").isNull()).isTrue();
		assertThat(last.get("after").get("organisationNumber").asString()).isEqualTo("212000-0142");
	}

	@Test
	void membersCannotChangeOtherOrganisationsAndTheAnonymousCannotWrite() {
		String editor = accounts.create("0114", Role.MEMBER_EDITOR);
		String reader = accounts.create("0115", Role.MEMBER_READER);
		int version = api.get("/api/v1/organisations/0115").json().get("version").asInt();
		Map<String, Object> change = Map.of("organisationNumber", "2120000142", "version", version);

		assertThat(api.as(editor).patch("/api/v1/organisations/0115", change).status()).isEqualTo(403);
		assertThat(api.as(reader).patch("/api/v1/organisations/0115", change).status()).isEqualTo(403);
		ApiClient.Response anonymous = api.patch("/api/v1/organisations/0115", change);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(api.as(editor, "wrong password").get("/api/v1/audit").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/organisations/0115").json().get("version").asInt()).isEqualTo(version);
	}

	private long count(String type) {
		return jdbc.sql("SELECT count(*) FROM organisations_organisation WHERE type = ?").param(type).query(Long.class).single();
	}
}
