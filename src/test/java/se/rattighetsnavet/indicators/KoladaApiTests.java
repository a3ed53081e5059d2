package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class KoladaApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void valuesComeBackFromTheKoladaApiExactlyAsImported() {
		ApiClient office = new ApiClient(port).as(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE));
		String kpi = IndicatorImportTests.uniqueKpi();
		byte[] data = KoladaJson.data(kpi);
		for (byte[] file : new byte[][] { KoladaJson.kpi(kpi), data }) {
			ApiClient.Response response = office.send(Multipart.post(office.request("/api/v1/indicators/imports"), "f.json", file,
					Map.of("format", "kolada-v3")), "import");
			assertThat(response.json().get("status").asString()).as(response.text()).isEqualTo("DONE");
		}
		ApiClient.Response response = new ApiClient(port).get("/api/v1/kolada/v3/data/kpi/" + kpi + "/municipality/0000,0180,1480");
		assertThat(response.status()).isEqualTo(200);
		assertThat(values(response.json())).isEqualTo(values(JsonMapper.builder().build().readTree(data)));
		JsonNode suppressed = response.json().get("values").get(2);
		assertThat(suppressed.get("period").asInt()).isEqualTo(2022);
		assertThat(suppressed.get("values").get(0).get("value").isNull()).isTrue();
		assertThat(suppressed.get("values").get(0).has("count")).isTrue();

		JsonNode byYear = new ApiClient(port).get("/api/v1/kolada/v3/data/kpi/" + kpi.toLowerCase() + "/year/2021?per_page=2").json();
		assertThat(byYear.get("count").asInt()).isEqualTo(2);
		assertThat(byYear.get("next_url").asString()).contains("page=2");
		assertThat(byYear.get("previous_url").isNull()).isTrue();
		JsonNode second = new ApiClient(port).get("/api/v1/kolada/v3/data/kpi/" + kpi + "/year/2021?per_page=2&page=2").json();
		assertThat(second.get("count").asInt()).isEqualTo(1);
		assertThat(second.get("next_url").isNull()).isTrue();

		JsonNode kpiObject = new ApiClient(port).get("/api/v1/kolada/v3/kpi?id=" + kpi).json().get("values").get(0);
		assertThat(kpiObject.get("is_divided_by_gender").asBoolean()).isTrue();
		assertThat(kpiObject.get("auspice").asString()).isEqualTo("E");
		assertThat(kpiObject.get("publication_date").asString()).isEqualTo("2024-03-01");
		assertThat(kpiObject.has("something_new")).isFalse();
	}

	@Test
	void kpisGroupsAndMunicipalitiesHaveKoladasShapes() {
		ApiClient anonymous = new ApiClient(port);
		JsonNode kpis = anonymous.get("/api/v1/kolada/v3/kpi?title=valdeltagande%20i%20senaste%20kommunalvalet").json();
		assertThat(kpis.get("values").findValuesAsString("id")).contains("N05401");
		JsonNode group = null;
		for (JsonNode candidate : anonymous.get("/api/v1/kolada/v3/kpi_groups?title=Mänskliga").json().get("values")) {
			if (candidate.get("id").asString().equals("g2kpi96580")) {
				group = candidate;
			}
		}
		assertThat(group).isNotNull();
		assertThat(group.get("members")).hasSize(52);
		assertThat(group.get("members").get(0).has("member_title")).isTrue();
		JsonNode municipalities = anonymous.get("/api/v1/kolada/v3/municipality?region_type=K").json();
		assertThat(municipalities.get("count").asInt()).isEqualTo(290);
		assertThat(anonymous.get("/api/v1/kolada/v3/municipality?region_type=L").json().get("count").asInt()).isEqualTo(22);
		assertThat(anonymous.get("/api/v1/kolada/v3/data/kpi/N05401/year/abc").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/v1/kolada/v3/data/kpi/N05401/year/2022?per_page=5001").status()).isEqualTo(400);
	}

	private static Set<String> values(JsonNode envelope) {
		Set<String> values = new HashSet<>();
		for (JsonNode object : envelope.get("values")) {
			for (JsonNode value : object.get("values")) {
				values.add(object.get("kpi").asString() + "|" + object.get("municipality").asString() + "|"
						+ object.get("period").asInt() + "|" + value.get("gender").asString() + "|" + value.get("value") + "|"
						+ value.get("count") + "|" + value.get("status"));
			}
		}
		return values;
	}
}
