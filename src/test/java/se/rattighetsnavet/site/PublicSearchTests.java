package se.rattighetsnavet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.platform.Role;

class PublicSearchTests extends ApiTestSupport {

	@Test
	void findsPublishedRecommendationsButNeverDrafts() {
		ApiClient office = api.as(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		String word = "kvarteret" + System.nanoTime();
		assertThat(office.post("/api/v1/recommendations", recommendation("Ensure that " + word + " shelters are accessible", true)).status())
			.isEqualTo(201);
		assertThat(office.post("/api/v1/recommendations", recommendation("Draft about " + word + " schools", false)).status())
			.isEqualTo(201);

		String page = api.get("/sok?q=" + word).text();
		assertThat(page).contains("Rekommendationer från granskningsorgan", "shelters are accessible");
		assertThat(page).doesNotContain("schools");
		assertThat(office.get("/sok?q=" + word).text()).doesNotContain("schools");
	}

	private static Map<String, Object> recommendation(String text, boolean published) {
		Map<String, Object> body = new HashMap<>();
		body.put("body", "CRPD");
		body.put("state", "Sweden");
		body.put("text", text);
		body.put("themes", List.of("Persons with disabilities"));
		body.put("published", published);
		return body;
	}
}
