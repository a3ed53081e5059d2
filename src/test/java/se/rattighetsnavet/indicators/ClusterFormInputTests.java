package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.FormClient;
import se.rattighetsnavet.platform.Role;

/**
 * A mistyped order in the cluster form comes back as a message next to the field, with what was typed, and saves nothing.
 */
class ClusterFormInputTests extends ApiTestSupport {

	@Test
	void aMistypedOrderIsShownNextToTheFieldAndTheEntryIsUnchanged() {
		String email = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		String kpi = jdbc.sql("""
				SELECT id FROM indicators_kpi k WHERE NOT EXISTS (SELECT 1 FROM indicators_cluster_entry c WHERE c.kpi_id = k.id)
				ORDER BY random() LIMIT 1""").query(String.class).single();
		ApiClient api = new ApiClient(port).as(email);
		assertThat(api.post("/api/v1/indicators/cluster", Map.of("kpiId", kpi)).status()).isEqualTo(201);
		FormClient browser = new FormClient(port).signIn(email);
		assertThat(browser.get("/indikatorer/kluster/" + kpi).status()).isEqualTo(200);
		Map<String, String> form = new HashMap<>(Map.of("version", "0", "position", "1,5", "areaHeading", "Delaktighet",
				"whyItMatters", "Rätten att delta.", "recommendationCodes", "", "criteriaCodes", ""));

		for (String typed : new String[] { "1,5", "tolv" }) {
			form.put("position", typed);
			ApiClient.Response response = browser.post("/indikatorer/kluster/" + kpi, form);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.text()).containsPattern(Pattern.compile("id=\"position-error\"[^>]*>\\s*"
					+ Pattern.quote("Ange ordningen som ett heltal från 0.") + "\\s*<"))
				.contains("value=\"" + typed + "\"", "value=\"Delaktighet\"");
			assertThat(version(kpi)).isZero();
		}

		form.put("position", "7");
		assertThat(browser.post("/indikatorer/kluster/" + kpi, form).status()).isEqualTo(302);
		assertThat(version(kpi)).isEqualTo(1);
		assertThat(api.delete("/api/v1/indicators/cluster/" + kpi + "?version=1").status()).isEqualTo(204);
	}

	private int version(String kpi) {
		return jdbc.sql("SELECT version FROM indicators_cluster_entry WHERE kpi_id = ?").param(kpi).query(Integer.class).single();
	}
}
