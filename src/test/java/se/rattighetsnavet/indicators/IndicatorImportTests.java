package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
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
class IndicatorImportTests {

	static final Path SHARED = Path.of("src/main/resources/reference/kolada");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	ApiClient office;

	@BeforeEach
	void accounts() {
		office = new ApiClient(port).as(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE));
	}

	@Test
	void theClusterAndTheRealSeriesAreLoadedOnStart() {
		assertThat(jdbc.sql("SELECT count(*) FROM indicators_kpi").query(Long.class).single()).isGreaterThanOrEqualTo(2039);
		assertThat(jdbc.sql("SELECT count(*) FROM indicators_kpi_group_member WHERE group_id = 'g2kpi96580'").query(Long.class)
			.single()).isEqualTo(52);
		// every municipality has real N05401 values
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT v.geo) FROM indicators_value v JOIN indicators_kpi k ON k.num = v.kpi
				WHERE k.id = 'N05401' AND v.geo !~ '^00' AND v.value IS NOT NULL""").query(Long.class).single()).isEqualTo(290);
	}

	@Test
	void importingTheSharedCsvFilesAgainChangesNothing() throws IOException {
		for (String file : new String[] { "kolada_N05401_by_geo_year.csv", "kolada_N05401_by_geo_gender_year.csv",
				"kolada_N05815_by_geo_year.csv", "kolada_v2_kpi_metadata_2024-08-17.csv", "kolada_kpi_groups_tags.csv" }) {
			byte[] content = Files.readAllBytes(SHARED.resolve(file));
			JsonNode first = upload(file, content, "csv", false);
			JsonNode second = upload(file, content, "csv", false);
			assertThat(first.get("status").asString()).as(file).isEqualTo("DONE");
			assertThat(second.get("status").asString()).as(file).isEqualTo("DONE");
			assertThat(second.get("inserted").asLong() + second.get("updated").asLong()).as(file).isZero();
			assertThat(second.get("unchanged").asLong()).as(file).isEqualTo(second.get("rowsRead").asLong()).isPositive();
		}
	}

	@Test
	void aV3FileImportedTwiceReportsNoChangesTheSecondTime() {
		String kpi = uniqueKpi();
		JsonNode meta = upload("kpi.json", KoladaJson.kpi(kpi), "kolada-v3", false);
		assertThat(meta.get("inserted").asLong()).as(meta.toString()).isEqualTo(1);
		assertThat(meta.get("inserted").asLong()).isEqualTo(1);
		byte[] data = KoladaJson.data(kpi);
		JsonNode first = upload("data.json", data, "kolada-v3", false);
		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("inserted").asLong()).isEqualTo(first.get("rowsRead").asLong()).isEqualTo(7);
		JsonNode second = upload("data.json", data, "kolada-v3", false);
		assertThat(second.get("inserted").asLong()).isZero();
		assertThat(second.get("updated").asLong()).isZero();
		assertThat(second.get("unchanged").asLong()).isEqualTo(7);
		JsonNode changed = upload("data.json", new String(data, StandardCharsets.UTF_8).replace("12.5", "13.5")
			.getBytes(StandardCharsets.UTF_8), "kolada-v3", false);
		assertThat(changed.get("updated").asLong()).isEqualTo(1);
		assertThat(changed.get("unchanged").asLong()).isEqualTo(6);
	}

	@Test
	void aFileWithRejectedRowsWritesNothingUnlessTheValidRowsAreAccepted() {
		String kpi = uniqueKpi();
		upload("kpi.json", KoladaJson.kpi(kpi), "kolada-v3", false);
		String csv = "geo,year," + kpi.toLowerCase() + "\n0180,2020,1.5\n9999,2020,2\n0180,1800,3\n0180,2021,abc\n0180,2022,\n";
		JsonNode refused = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8), "csv", false);
		assertThat(refused.get("status").asString()).isEqualTo("FAILED");
		assertThat(refused.get("rowsRead").asLong()).isEqualTo(5);
		assertThat(refused.get("rejected").asLong()).isEqualTo(3);
		assertThat(refused.get("errors").findValuesAsString("line")).containsExactly("3", "4", "5");
		assertThat(refused.get("errors").get(0).get("message").asString()).contains("9999");
		assertThat(stored(kpi)).isZero();

		JsonNode kept = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8), "csv", true);
		assertThat(kept.get("status").asString()).isEqualTo("DONE");
		assertThat(kept.get("inserted").asLong()).isEqualTo(2);
		assertThat(stored(kpi)).isEqualTo(2);
		assertThat(office.get("/api/v1/indicators/imports/" + kept.get("id").asString()).json().get("inserted").asLong()).isEqualTo(2);
	}

	@Test
	void aFirstLoadThatRepeatsAKeyKeepsTheLastValue() {
		String kpi = uniqueKpi();
		upload("kpi.json", KoladaJson.kpi(kpi), "kolada-v3", false);
		String csv = "geo,year," + kpi.toLowerCase() + "\n0180,2020,1.5\n0180,2021,2\n0180,2020,4.5\n";
		JsonNode report = upload("repeated.csv", csv.getBytes(StandardCharsets.UTF_8), "csv", false);
		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(report.get("rowsRead").asLong()).isEqualTo(3);
		assertThat(report.get("inserted").asLong()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT v.value FROM indicators_value v JOIN indicators_kpi k ON k.num = v.kpi"
				+ " WHERE k.id = ? AND v.geo = '0180' AND v.year = 2020").param(kpi).query(Double.class).single()).isEqualTo(4.5);
	}

	@Test
	void aFileMixingNewAndStoredKpisCountsBoth() {
		String fresh = uniqueKpi();
		String stored = uniqueKpi();
		upload("kpi.json", KoladaJson.kpi(fresh), "kolada-v3", false);
		upload("kpi.json", KoladaJson.kpi(stored), "kolada-v3", false);
		upload("stored.json", KoladaJson.data(stored), "kolada-v3", false);
		JsonNode report = upload("both.json", KoladaJson.data(stored, fresh), "kolada-v3", false);
		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
		assertThat(report.get("rowsRead").asLong()).isEqualTo(14);
		assertThat(report.get("inserted").asLong()).isEqualTo(7);
		assertThat(report.get("unchanged").asLong()).isEqualTo(7);
		assertThat(stored(fresh)).isEqualTo(7);
	}

	@Test
	void onlyTheProgrammeOfficeImports() {
		byte[] content = "geo,year,n05401\n0180,2020,1\n".getBytes(StandardCharsets.UTF_8);
		assertThat(send(new ApiClient(port), content).status()).isEqualTo(401);
		String editor = new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_EDITOR);
		assertThat(send(new ApiClient(port).as(editor), content).status()).isEqualTo(403);
		assertThat(new ApiClient(port).as(editor).get("/api/v1/indicators/imports/00000000-0000-0000-0000-000000000000").status())
			.isEqualTo(403);
	}

	@Test
	void anUnknownFormatIsABadRequest() {
		ApiClient.Response response = office.send(Multipart.post(office.request("/api/v1/indicators/imports"), "x.csv",
				"a".getBytes(StandardCharsets.UTF_8), Map.of("format", "excel")), "/api/v1/indicators/imports");
		assertThat(response.status()).isEqualTo(400);
	}

	private ApiClient.Response send(ApiClient client, byte[] content) {
		return client.send(Multipart.post(client.request("/api/v1/indicators/imports"), "x.csv", content, Map.of("format", "csv")),
				"/api/v1/indicators/imports");
	}

	private long stored(String kpi) {
		return jdbc.sql("SELECT count(*) FROM indicators_value v JOIN indicators_kpi k ON k.num = v.kpi WHERE k.id = ?").param(kpi)
			.query(Long.class).single();
	}

	JsonNode upload(String name, byte[] content, String format, boolean acceptValid) {
		ApiClient.Response response = office.send(Multipart.post(office.request("/api/v1/indicators/imports"), name, content,
				Map.of("format", format, "acceptValid", String.valueOf(acceptValid))), "/api/v1/indicators/imports");
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json();
	}

	static String uniqueKpi() {
		return "T" + ThreadLocalRandom.current().nextInt(10000, 99999);
	}
}
