package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
class RecommendationSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	String state;
	ApiClient office;

	/** Three recommendations to a State of its own, so counts are exact in the shared database. */
	static String importSmallSet(ApiClient office, String state) {
		String csv = RecommendationImportTests.UPR_HEADER
				+ state + ",WEOG,EU,\"Combat domestic violence against women and ensure shelters in every municipality.\",Norway,WEOG,,Accepted,4,\"Women's rights\",2\n"
				+ state + ",WEOG,EU,\"Ensure inclusive education for children with disabilities in all schools.\",Finland,WEOG,EU,Accepted,4,\"Rights of the Child,Disabilities\",2\n"
				+ state + ",WEOG,EU,\"Ratify the Optional Protocol to the Convention against Torture.\",Brazil,GRULAC,,Noted,5,\"International instruments,Torture and other CID treatment\",3\n";
		JsonNode result = RecommendationImportTests.upload(office, "upr-info", "small.csv", csv.getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(result.get("created").asLong()).as(result.toString()).isEqualTo(3);
		return state;
	}

	@BeforeEach
	void data() {
		office = new ApiClient(port).as(new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE));
		state = importSmallSet(office, "Searchland " + UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void filtersCombineAndFacetsCountTheWholeResult() {
		JsonNode all = new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state)).json();
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(facet(all, "session", "2")).isEqualTo(2);
		assertThat(facet(all, "response", "Noted")).isEqualTo(1);
		assertThat(facet(all, "theme", "Women's rights")).isEqualTo(1);
		assertThat(facet(all, "sdg", "5")).isEqualTo(1);

		JsonNode combined = new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state) + "&session=2&q=children").json();
		assertThat(combined.get("total").asLong()).isEqualTo(1);
		JsonNode item = combined.get("items").get(0);
		assertThat(item.get("text").asString()).contains("inclusive education");
		assertThat(item.get("snippet").asString()).contains("<mark>children</mark>");
		assertThat(item.get("recommendingStates").toString()).contains("Finland");
		assertThat(item.get("suggestedSdgGoals").toString()).contains("4");
		assertThat(item.get("themes").toString()).contains("Disabilities");
		assertThat(item.get("cycle").asString()).isEqualTo("1");

		JsonNode byGoal = new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state) + "&sdg=16").json();
		assertThat(byGoal.get("items").findValuesAsString("text")).anyMatch(text -> text.contains("Torture"));

		JsonNode one = new ApiClient(port).get("/api/v1/recommendations/" + item.get("id").asLong()).json();
		assertThat(one.get("state").asString()).isEqualTo(state);
		assertThat(new ApiClient(port).get("/api/v1/recommendations/999999999").status()).isEqualTo(404);
	}

	@Test
	void pagesAndSorts() {
		JsonNode page = new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state) + "&size=2&page=1&sort=SESSION").json();
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("session").asString()).isEqualTo("3");
	}

	@Test
	void exportsTheWholeResultAsCsvAndXlsx() {
		ApiClient.Response csv = new ApiClient(port).get("/rekommendationer/export.csv?state=" + encode(state));
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.text().lines().count()).isEqualTo(4);
		ApiClient.Response xlsx = new ApiClient(port).get("/rekommendationer/export.xlsx?state=" + encode(state) + "&q=torture");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
	}

	@Test
	void draftsAreHiddenFromThePublicAndEditsUseOptimisticLocking() {
		JsonNode item = new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state) + "&q=torture").json().get("items").get(0);
		long id = item.get("id").asLong();
		JsonNode full = office.get("/api/v1/recommendations/" + id).json();
		String change = """
				{"body":"UPR","state":"%s","text":"Ratify the Optional Protocol to the Convention against Torture.","session":"3",
				 "sdgGoals":[16],"sdgTargets":["16.3"],"municipalRoles":["SOCIETY"],"relevance":"PARTLY",
				 "relevanceReason":"Regionerna ansvarar för hälso- och sjukvård i förvar.","summarySv":"Ratificera tilläggsprotokollet mot tortyr.",
				 "published":false}
				""".formatted(state);
		ApiClient.Response updated = office.put("/api/v1/recommendations/" + id + "?version=" + full.get("version").asInt(), change);
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		assertThat(updated.json().get("sdgGoals").toString()).isEqualTo("[16]");
		assertThat(office.put("/api/v1/recommendations/" + id + "?version=" + full.get("version").asInt(), change).status()).isEqualTo(409);

		assertThat(new ApiClient(port).get("/api/v1/recommendations/" + id).status()).isEqualTo(404);
		assertThat(new ApiClient(port).get("/api/v1/recommendations?state=" + encode(state)).json().get("total").asLong()).isEqualTo(2);
		assertThat(office.get("/api/v1/recommendations?state=" + encode(state)).json().get("total").asLong()).isEqualTo(3);
		assertThat(office.get("/api/v1/recommendations?q=tilläggsprotokollet").json().get("total").asLong()).isGreaterThanOrEqualTo(1);

		String member = new TestAccounts(jdbc, passwordEncoder).create("0180", Role.MEMBER_EDITOR);
		assertThat(new ApiClient(port).as(member).put("/api/v1/recommendations/" + id + "?version=1", change).status()).isEqualTo(403);
		assertThat(new ApiClient(port).put("/api/v1/recommendations/" + id + "?version=1", change).status()).isEqualTo(401);
	}

	private static long facet(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (value.equals(entry.get("value").asString())) {
				return entry.get("count").asLong();
			}
		}
		return 0;
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
