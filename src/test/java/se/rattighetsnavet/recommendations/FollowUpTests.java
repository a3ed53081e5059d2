package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class FollowUpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	RecommendationManagement recommendations;

	@Test
	void onlyTheOrganisationsEditorRecordsAndOnlyItAndTheOfficeRead() {
		TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
		ApiClient office = new ApiClient(port).as(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		String state = RecommendationSearchTests.importSmallSet(office, "Followland " + UUID.randomUUID().toString().substring(0, 8));
		long id = office.get("/api/v1/recommendations?state=" + RecommendationSearchTests.encode(state) + "&q=shelters").json()
			.get("items").get(0).get("id").asLong();
		ApiClient stockholm = new ApiClient(port).as(accounts.create("0180", Role.MEMBER_EDITOR));
		ApiClient stockholmReader = new ApiClient(port).as(accounts.create("0180", Role.MEMBER_READER));
		ApiClient uppsala = new ApiClient(port).as(accounts.create("0380", Role.MEMBER_EDITOR));
		String path = "/api/v1/recommendations/" + id + "/follow-up/0180";
		Map<String, Object> body = Map.of("status", "IN_PROGRESS", "comment", "Kvinnofridsplan antagen", "evidenceUrl",
				"https://start.stockholm/kvinnofrid");

		ApiClient.Response saved = stockholm.put(path, body);
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		assertThat(saved.json().get("version").asInt()).isZero();

		assertThat(uppsala.put(path, body).status()).isEqualTo(403);
		assertThat(stockholmReader.put(path, body).status()).isEqualTo(403);
		assertThat(office.put(path, body).status()).isEqualTo(403);
		assertThat(new ApiClient(port).put(path, body).status()).isEqualTo(401);

		assertThat(uppsala.get(path).status()).isEqualTo(403);
		assertThat(new ApiClient(port).get(path).status()).isEqualTo(401);
		assertThat(stockholmReader.get(path).json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(office.get(path).json().get("comment").asString()).isEqualTo("Kvinnofridsplan antagen");

		Map<String, Object> stale = Map.of("status", "DONE", "version", 0);
		assertThat(stockholm.put(path, stale).status()).isEqualTo(200);
		assertThat(stockholm.put(path, stale).status()).isEqualTo(409);
		assertThat(stockholm.put(path, Map.of("status", "DONE", "version", 1, "evidenceUrl", "ftp://x")).status()).isEqualTo(400);

		JsonNode overview = office.get("/api/v1/recommendations/follow-up-overview").json();
		JsonNode entry = null;
		for (JsonNode node : overview) {
			if (node.get("recommendationId").asLong() == id) {
				entry = node;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.get("organisations").asLong()).isEqualTo(1);
		assertThat(entry.get("byStatus").get("DONE").asLong()).isEqualTo(1);
		assertThat(entry.get("byType").get("KOMMUN").asLong()).isEqualTo(1);
		assertThat(entry.get("byCounty").get("Stockholms län").asLong()).isEqualTo(1);
		assertThat(stockholm.get("/api/v1/recommendations/follow-up-overview").status()).isEqualTo(403);
	}
}
