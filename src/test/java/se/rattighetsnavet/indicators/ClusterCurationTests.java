package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
class ClusterCurationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theProgrammeOfficeAddsExplainsLinksAndRemovesAnIndicator() {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		ApiClient office = new ApiClient(port).as(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		String kpi = jdbc.sql("""
				SELECT id FROM indicators_kpi k WHERE NOT EXISTS (SELECT 1 FROM indicators_cluster_entry c WHERE c.kpi_id = k.id)
				ORDER BY random() LIMIT 1""").query(String.class).single();

		ApiClient.Response added = office.post("/api/v1/indicators/cluster", Map.of("kpiId", kpi.toLowerCase()));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(office.post("/api/v1/indicators/cluster", Map.of("kpiId", kpi)).status()).isEqualTo(400);
		assertThat(office.post("/api/v1/indicators/cluster", Map.of("kpiId", "X00000")).status()).isEqualTo(400);

		Map<String, Object> change = Map.of("position", 5, "areaHeading", "Delaktighet", "whyItMatters",
				"Rätten att delta i samhällets styrning.", "recommendationCodes", List.of("REK-12"), "criteriaCodes",
				List.of("K2.1"), "version", 0);
		ApiClient.Response updated = office.put("/api/v1/indicators/cluster/" + kpi, change);
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		JsonNode entry = updated.json();
		assertThat(entry.get("version").asInt()).isEqualTo(1);
		assertThat(entry.get("recommendationCodes").get(0).asString()).isEqualTo("REK-12");
		// a second edit from the same stale form is refused, not silently applied
		assertThat(office.put("/api/v1/indicators/cluster/" + kpi, change).status()).isEqualTo(409);
		Map<String, Object> invalid = Map.of("position", 5, "recommendationCodes", List.of("not a code!"), "version", 1);
		assertThat(office.put("/api/v1/indicators/cluster/" + kpi, invalid).status()).isEqualTo(400);

		assertThat(new ApiClient(port).get("/indikatorer").text()).contains("Rätten att delta i samhällets styrning.");
		assertThat(office.delete("/api/v1/indicators/cluster/" + kpi + "?version=0").status()).isEqualTo(409);
		assertThat(office.delete("/api/v1/indicators/cluster/" + kpi + "?version=1").status()).isEqualTo(204);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'clusterEntry' AND entity_id = ?").param(kpi)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void membersAndAnonymousMayNotCurate() {
		String editor = new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_EDITOR);
		assertThat(new ApiClient(port).post("/api/v1/indicators/cluster", Map.of("kpiId", "N05401")).status()).isEqualTo(401);
		assertThat(new ApiClient(port).as(editor).post("/api/v1/indicators/cluster", Map.of("kpiId", "N05401")).status())
			.isEqualTo(403);
		assertThat(new ApiClient(port).as(editor).delete("/api/v1/indicators/cluster/N05401?version=0").status()).isEqualTo(403);
		// pages do not take HTTP Basic: the visitor is sent to sign in
		assertThat(new ApiClient(port).get("/indikatorer/kluster").status()).isIn(302, 401, 403);
		assertThat(new ApiClient(port).get("/api/v1/indicators/cluster").status()).isEqualTo(200);
	}
}
