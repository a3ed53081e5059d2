package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

class SuggestionConfirmationTests extends ApiTestSupport {

	@Autowired
	AuditLog auditLog;

	String office;
	ApiClient officeApi;
	long id;

	@BeforeEach
	void recommendation() {
		office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		officeApi = new ApiClient(port).as(office);
		id = RecommendationEditingTests.create(officeApi, "Suggestland " + UUID.randomUUID().toString().substring(0, 8),
				RecommendationEditingTests.SUGGESTIVE_TEXT);
	}

	private JsonNode stored() {
		return officeApi.get("/api/v1/recommendations/" + id).json();
	}

	private static List<Integer> numbers(JsonNode array) {
		List<Integer> numbers = new ArrayList<>();
		array.forEach(node -> numbers.add(node.asInt()));
		return numbers;
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asString()));
		return strings;
	}

	@Test
	void aRecommendationEnteredByHandGetsSuggestionsFromItsText() {
		JsonNode created = stored();
		assertThat(numbers(created.get("suggestedSdgGoals"))).contains(5);
		assertThat(strings(created.get("suggestedGroups"))).contains("Women and girls", "Children");
		assertThat(numbers(created.get("sdgGoals"))).isEmpty();
	}

	@Test
	void theOfficeConfirmsChosenSuggestionsThenTheRestOnThePage() {
		JsonNode before = stored();
		WebSession session = new WebSession(port).signIn(office);
		String page = "/rekommendationer/" + id;
		assertThat(session.get(page).body()).contains("Förslag att bekräfta").contains("id=\"suggested-goal-5\"");

		WebSession.Page confirmed = session.post(page, page + "/forslag", RecommendationEditingTests.fields("version",
				before.get("version").asString(), "goal", "5", "group", "Children", "choice", "selected"));
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(session.get(page).body()).contains("Förslagen är bekräftade.").doesNotContain("id=\"suggested-goal-5\"");
		JsonNode after = stored();
		assertThat(numbers(after.get("sdgGoals"))).containsExactly(5);
		assertThat(numbers(after.get("suggestedSdgGoals"))).doesNotContain(5);
		assertThat(strings(after.get("groups"))).containsExactly("Children");
		assertThat(strings(after.get("suggestedGroups"))).doesNotContain("Children").contains("Women and girls");
		assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
		List<AuditEntry> history = auditLog.history("recommendation", String.valueOf(id));
		assertThat(history).extracting(AuditEntry::action).containsExactly("create", "confirmSuggestions");
		assertThat(history.get(1).actor()).isEqualTo(office);

		WebSession.Page stale = session.post(page, page + "/forslag", RecommendationEditingTests.fields("version",
				before.get("version").asString(), "choice", "all"));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(session.get(page).body()).contains("Någon annan har ändrat rekommendationen sedan du öppnade sidan");
		assertThat(stored().get("version").asInt()).isEqualTo(after.get("version").asInt());

		assertThat(session.post(page, page + "/forslag", RecommendationEditingTests.fields("version", after.get("version").asString(),
				"choice", "all")).status()).isEqualTo(302);
		JsonNode all = stored();
		assertThat(numbers(all.get("suggestedSdgGoals"))).isEmpty();
		assertThat(strings(all.get("suggestedGroups"))).isEmpty();
		assertThat(numbers(all.get("sdgGoals"))).containsAll(numbers(after.get("suggestedSdgGoals"))).contains(5);
		assertThat(strings(all.get("groups"))).contains("Children", "Women and girls");
		assertThat(session.get(page).body()).doesNotContain("name=\"goal\"").doesNotContain("tag-suggested");
	}

	@Test
	void choosingNothingOrSomethingThatIsNoSuggestionChangesNothing() {
		WebSession session = new WebSession(port).signIn(office);
		String page = "/rekommendationer/" + id;
		String version = stored().get("version").asString();
		session.post(page, page + "/forslag", RecommendationEditingTests.fields("version", version, "choice", "selected"));
		assertThat(session.get(page).body()).contains("Välj minst ett förslag att bekräfta.");
		session.post(page, page + "/forslag", RecommendationEditingTests.fields("version", version, "goal", "13", "choice", "selected"));
		assertThat(session.get(page).body()).contains("Det valda är inte längre ett förslag");
		assertThat(stored().get("version").asString()).isEqualTo(version);
	}

	@Test
	void aGoalConfirmedByEditingIsNoLongerSuggestedAndANewTextBringsNewSuggestions() {
		JsonNode before = stored();
		Map<String, Object> change = new java.util.HashMap<>();
		change.put("body", "CRC");
		change.put("state", before.get("state").asString());
		change.put("text", before.get("text").asString());
		change.put("sdgGoals", List.of(16));
		change.put("published", true);
		JsonNode edited = officeApi.put("/api/v1/recommendations/" + id + "?version=" + before.get("version").asInt(), change).json();
		assertThat(numbers(edited.get("sdgGoals"))).containsExactly(16);
		assertThat(numbers(edited.get("suggestedSdgGoals"))).doesNotContain(16).contains(5);

		change.put("text", "Improve access to clean drinking water and sanitation.");
		JsonNode rewritten = officeApi.put("/api/v1/recommendations/" + id + "?version=" + edited.get("version").asInt(), change).json();
		assertThat(numbers(rewritten.get("suggestedSdgGoals"))).contains(6).doesNotContain(5, 16);
		assertThat(strings(rewritten.get("suggestedGroups"))).doesNotContain("Children");
	}

	@Test
	void othersCannotConfirmOnThePage() {
		String page = "/rekommendationer/" + id;
		List<Map.Entry<String, String>> choice = RecommendationEditingTests.fields("version", stored().get("version").asString(),
				"choice", "all");
		assertThat(new WebSession(port).post("/logga-in", page + "/forslag", choice).location()).contains("/logga-in");
		for (String other : List.of(accounts.create("0180", Role.MEMBER_EDITOR), accounts.create("REGERINGSKANSLIET", Role.MINISTRY))) {
			WebSession session = new WebSession(port).signIn(other);
			String seen = session.get(page).body();
			assertThat(seen).contains("tag-suggested").doesNotContain("name=\"goal\"");
			assertThat(session.post(page, page + "/forslag", choice).status()).isEqualTo(403);
		}
		assertThat(numbers(stored().get("sdgGoals"))).isEmpty();
	}

	@Test
	void theApiConfirmsWithOptimisticLockingAndDeniesOthers() {
		String path = "/api/v1/recommendations/" + id + "/suggestions/confirm";
		int version = stored().get("version").asInt();
		Map<String, Object> choice = Map.of("sdgGoals", List.of(5), "groups", List.of("Women and girls"), "version", version);

		assertThat(new ApiClient(port).post(path, choice).status()).isEqualTo(401);
		assertThat(new ApiClient(port).as(accounts.create("0180", Role.MEMBER_EDITOR)).post(path, choice).status()).isEqualTo(403);
		assertThat(new ApiClient(port).as(accounts.create("REGERINGSKANSLIET", Role.MINISTRY)).post(path, choice).status())
			.isEqualTo(403);
		ApiClient.Response unknown = officeApi.post(path, Map.of("sdgGoals", List.of(14), "version", version));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("suggestedSdgGoals");

		ApiClient.Response confirmed = officeApi.post(path, choice);
		assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
		assertThat(numbers(confirmed.json().get("sdgGoals"))).containsExactly(5);
		assertThat(strings(confirmed.json().get("groups"))).containsExactly("Women and girls");
		assertThat(numbers(confirmed.json().get("suggestedSdgGoals"))).doesNotContain(5);
		assertThat(officeApi.post(path, choice).status()).isEqualTo(409);
		assertThat(auditLog.history("recommendation", String.valueOf(id))).extracting(AuditEntry::action)
			.containsExactly("create", "confirmSuggestions");
	}
}
