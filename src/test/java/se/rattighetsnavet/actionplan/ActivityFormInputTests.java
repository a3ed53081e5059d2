package se.rattighetsnavet.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.FormClient;
import se.rattighetsnavet.platform.Role;

/**
 * Mistyped dates in the activity form come back as a message next to the field, with what was typed, and save nothing.
 */
class ActivityFormInputTests extends ApiTestSupport {

	@Test
	void aMistypedStartDateIsShownNextToTheFieldAndTheActivityIsUnchanged() {
		String email = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		ApiClient office = new ApiClient(port).as(email);
		JsonNode plan = null;
		for (JsonNode candidate : office.get("/api/v1/action-plans").json().get("items")) {
			if (candidate.get("agreementCode").asString().equals("OK2014")) {
				plan = candidate;
			}
		}
		long area = plan.get("focusAreas").get(0).get("id").asLong();
		long id = office.post("/api/v1/action-plans/focus-areas/" + area + "/activities",
				ActionPlanIntegrationTests.activity("Datumprov", "10.00")).json().get("id").asLong();
		FormClient browser = new FormClient(port).signIn(email);
		Map<String, String> form = new HashMap<>(Map.of("title", "Datumprov ändrad", "description", "Test", "owner", "SKR",
				"start", "igår", "end", "2016-12-31", "budget", "10,00", "status", "PAGAR", "version", "0"));

		ApiClient.Response response = browser.post("/handlingsplan/aktiviteter/" + id, form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text())
			.containsPattern(Pattern.compile("id=\"start-error\"[^>]*>\\s*" + Pattern.quote("Skriv datumet som ÅÅÅÅ-MM-DD.") + "\\s*<"))
			.contains("value=\"igår\"", "value=\"Datumprov ändrad\"");
		assertThat(title(id)).isEqualTo("Datumprov");

		form.put("start", "2016-02-01");
		form.put("status", "FORGED");
		ApiClient.Response forged = browser.post("/handlingsplan/aktiviteter/" + id, form);
		assertThat(forged.status()).isEqualTo(200);
		assertThat(forged.text()).containsPattern(
				Pattern.compile("id=\"status-error\"[^>]*>\\s*" + Pattern.quote("Välj en av statusarna i listan.") + "\\s*<"));
		assertThat(title(id)).isEqualTo("Datumprov");

		form.put("status", "PAGAR");
		assertThat(browser.post("/handlingsplan/aktiviteter/" + id, form).status()).isEqualTo(302);
		assertThat(title(id)).isEqualTo("Datumprov ändrad");
	}

	private String title(long id) {
		return jdbc.sql("SELECT title FROM actionplan_activity WHERE id = ?").param(id).query(String.class).single();
	}
}
