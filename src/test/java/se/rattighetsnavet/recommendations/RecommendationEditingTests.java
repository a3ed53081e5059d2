package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.audit.AuditEntry;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Role;

class RecommendationEditingTests extends ApiTestSupport {

	static final String SUGGESTIVE_TEXT = "Combat domestic violence against women and girls and ensure shelters for children in every municipality.";

	@Autowired
	AuditLog auditLog;

	String office;
	String state;

	@BeforeEach
	void accounts() {
		office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		state = "Formland " + UUID.randomUUID().toString().substring(0, 8);
	}

	static List<Map.Entry<String, String>> fields(String... pairs) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.add(Map.entry(pairs[i], pairs[i + 1]));
		}
		return fields;
	}

	static long create(ApiClient office, String state, String text) {
		Map<String, Object> change = new HashMap<>();
		change.put("body", "CRC");
		change.put("state", state);
		change.put("text", text);
		change.put("published", true);
		ApiClient.Response created = office.post("/api/v1/recommendations", change);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE state = ?").param(state).query(Long.class).single();
	}

	private List<String> actions(long id) {
		return auditLog.history("recommendation", String.valueOf(id)).stream().map(AuditEntry::action).toList();
	}

	@Test
	void theOfficeEntersARecommendationThroughTheForm() {
		WebSession session = new WebSession(port).signIn(office);
		assertThat(session.get("/rekommendationer").body()).contains("href=\"/rekommendationer/ny\"");
		WebSession.Page saved = session.post("/rekommendationer/ny", "/rekommendationer/ny", fields("body", "CRC", "symbol",
				"CRC/C/SWE/CO/6-7", "documentDate", "2023-02-06", "session", "92", "cycle", "", "state", state, "recommendingStates", "",
				"text", "Ensure inclusive education for children with disabilities.", "response", "Accepted", "summarySv",
				"Inkluderande utbildning för barn med funktionsnedsättning.", "themes", "Education\r\nDisabilities", "groups",
				"Children", "sdgTargets", "4.5, 10.2", "sdgGoals", "4", "sdgGoals", "10", "municipalRoles", "WELFARE", "relevance",
				"YES", "relevanceReason", "", "published", "true"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).matches(".*/rekommendationer/\\d+");
		long id = Long.parseLong(saved.location().replaceAll(".*/", ""));

		String detail = session.get("/rekommendationer/" + id).body();
		assertThat(detail).contains("Rekommendationen är sparad.").contains(state).contains("/rekommendationer/" + id + "/redigera");
		JsonNode stored = new ApiClient(port).get("/api/v1/recommendations/" + id).json();
		assertThat(stored.get("documentDate").asString()).isEqualTo("2023-02-06");
		assertThat(stored.get("sdgGoals").toString()).isEqualTo("[4,10]");
		assertThat(stored.get("sdgTargets").toString()).contains("10.2");
		assertThat(stored.get("themes").toString()).isEqualTo("[\"Education\",\"Disabilities\"]");
		assertThat(stored.get("municipalRoles").toString()).contains("WELFARE");
		assertThat(stored.get("relevance").asString()).isEqualTo("YES");
		assertThat(stored.get("published").asBoolean()).isTrue();
		assertThat(actions(id)).containsExactly("create");

		String form = session.get("/rekommendationer/" + id + "/redigera").body();
		assertThat(form).contains("value=\"2023-02-06\"").contains("Inkluderande utbildning").contains("name=\"version\"");
		assertThat(session.get("/rekommendationer/ny?lang=en").body()).contains("New recommendation").contains("Document date");
	}

	@Test
	void invalidInputShowsEveryProblemNextToItsFieldKeepsTheInputAndWritesNothing() {
		WebSession session = new WebSession(port).signIn(office);
		WebSession.Page refused = session.post("/rekommendationer/ny", "/rekommendationer/ny", fields("body", "", "documentDate",
				"6 februari", "state", state, "text", "Ensure the right to housing.", "sdgTargets", "5.1, 5.99", "sdgGoals", "18",
				"relevance", "PARTLY", "relevanceReason", " ", "summarySv", "Min sammanfattning"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("class=\"error-summary\"")
			.contains("id=\"body-error\"")
			.contains("id=\"documentDate-error\"")
			.contains("”6 februari” är inget datum")
			.contains("id=\"sdgTargets-error\"")
			.contains("Mål måste vara 1–17.")
			.contains("id=\"relevanceReason-error\"")
			.contains("value=\"6 februari\"")
			.contains("value=\"5.1, 5.99\"")
			.contains("Min sammanfattning")
			.contains("Ensure the right to housing.")
			.contains("href=\"#documentDate\"");
		assertThat(count()).isZero();
	}

	@Test
	void aStaleVersionShowsTheConflictInTheFormAndKeepsTheInput() {
		long id = create(new ApiClient(port).as(office), state, "Ensure the right to adequate housing.");
		WebSession first = new WebSession(port).signIn(office);
		String path = "/rekommendationer/" + id + "/redigera";
		String version = new ApiClient(port).get("/api/v1/recommendations/" + id).json().get("version").asString();
		List<Map.Entry<String, String>> mine = fields("version", version, "body", "CRC", "state", state, "text",
				"Ensure the right to adequate housing for everyone.");
		assertThat(first.post(path, path, mine).status()).isEqualTo(302);

		List<Map.Entry<String, String>> theirs = fields("version", version, "body", "CERD", "state", state, "text",
				"My own wording that must not be lost.");
		WebSession.Page conflict = new WebSession(port).signIn(office).post(path, path, theirs);
		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("Någon annan har ändrat rekommendationen").contains("My own wording that must not be lost.")
			.contains("name=\"version\" value=\"" + version + "\"");
		JsonNode stored = new ApiClient(port).as(office).get("/api/v1/recommendations/" + id).json();
		assertThat(stored.get("text").asString()).isEqualTo("Ensure the right to adequate housing for everyone.");
		assertThat(stored.get("published").asBoolean()).as("the unticked box made it a draft").isFalse();
		assertThat(stored.get("body").asString()).isEqualTo("CRC");
	}

	@Test
	void onlyTheOfficeAndAdministratorsMayEnterOrEdit() {
		long id = create(new ApiClient(port).as(office), state, "Ensure the right to adequate housing.");
		String edit = "/rekommendationer/" + id + "/redigera";

		WebSession anonymous = new WebSession(port);
		assertThat(anonymous.get("/rekommendationer/ny").location()).contains("/logga-in");
		assertThat(anonymous.get(edit).location()).contains("/logga-in");
		assertThat(anonymous.post("/logga-in", "/rekommendationer/ny", fields("body", "CRC", "state", state, "text", "x")).location())
			.contains("/logga-in");
		assertThat(anonymous.get("/rekommendationer").body()).doesNotContain("/rekommendationer/ny");
		assertThat(anonymous.get("/rekommendationer/" + id).body()).doesNotContain(edit);

		for (String other : List.of(accounts.create("0180", Role.MEMBER_EDITOR), accounts.create("REGERINGSKANSLIET", Role.MINISTRY))) {
			WebSession session = new WebSession(port).signIn(other);
			assertThat(session.get("/rekommendationer/ny").status()).isEqualTo(403);
			assertThat(session.get(edit).status()).isEqualTo(403);
			assertThat(session.post("/", "/rekommendationer/ny", fields("body", "CRC", "state", state, "text", "x")).status()).isEqualTo(403);
			assertThat(session.post("/", edit, fields("version", "1", "body", "CRC", "state", state, "text", "x")).status()).isEqualTo(403);
			assertThat(session.get("/rekommendationer").body()).doesNotContain("/rekommendationer/ny");
			assertThat(session.get("/rekommendationer/" + id).body()).doesNotContain(edit);
		}
		assertThat(count()).isEqualTo(1);

		WebSession admin = new WebSession(port).signIn(accounts.create("SKR", Role.ADMIN));
		assertThat(admin.get("/rekommendationer/ny").status()).isEqualTo(200);
		assertThat(admin.get(edit).status()).isEqualTo(200);
	}
}
