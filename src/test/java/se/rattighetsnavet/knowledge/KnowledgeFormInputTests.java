package se.rattighetsnavet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.FormClient;
import se.rattighetsnavet.platform.Role;

/**
 * Mistyped dates and counts in the knowledge bank's forms come back as a message next to the field, with what was typed,
 * and save nothing.
 */
class KnowledgeFormInputTests extends ApiTestSupport {

	private static final String MEMBER = "2281";

	static String office;
	static String editor;

	@BeforeEach
	void setUp() {
		if (office == null) {
			office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
			editor = accounts.create(MEMBER, Role.MEMBER_EDITOR);
		}
	}

	@Test
	void aMistypedPublicationDateIsShownNextToTheFieldAndNothingIsSaved() {
		FormClient browser = new FormClient(port).signIn(office);
		String title = "Nyhet " + UUID.randomUUID();
		Map<String, String> form = new HashMap<>(Map.of("kind", "NEWS", "title", title, "summary", "Kort sammanfattning.",
				"body", "Text.", "language", "sv", "publishedOn", "2026-13-45", "externalUrl", "", "tags", "", "version", "0"));
		ApiClient.Response response = browser.post("/kunskapsbank/redigera/ny", form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("publishedOn", "Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt."))
			.contains("value=\"2026-13-45\"").contains("value=\"" + title + "\"");
		assertThat(items(title)).isZero();

		form.put("publishedOn", "igår");
		form.put("summary", "");
		response = browser.post("/kunskapsbank/redigera/ny", form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("publishedOn", "Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt."))
			.contains("value=\"igår\"").contains("id=\"summary-error\"");
		assertThat(items(title)).isZero();

		form.put("publishedOn", "2026-03-01");
		form.put("summary", "Kort sammanfattning.");
		assertThat(browser.post("/kunskapsbank/redigera/ny", form).status()).isEqualTo(302);
		assertThat(browser.location()).contains("/kunskapsbank/redigera/");
		assertThat(items(title)).isEqualTo(1);
	}

	@Test
	void onlyTheProgrammeOfficeIsAnsweredEvenWhenTheDateIsMistyped() {
		ApiClient.Response response = new FormClient(port).signIn(editor).post("/kunskapsbank/redigera/ny", Map.of("kind", "NEWS",
				"title", "Obehörig", "summary", "x", "publishedOn", "igår"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void mistypedSessionDateAndCountsAreShownNextToTheirFieldsAndNothingIsRegistered() {
		FormClient browser = new FormClient(port).signIn(editor);
		String organiser = "Arrangör " + UUID.randomUUID();
		Map<String, String> form = new HashMap<>(Map.of("courseCode", "lokala-utbildningar", "heldOn", "igår", "organiser", organiser,
				"place", "Sundsvall", "organisationCode", MEMBER, "electedOfficials", "12", "managers", "tolv", "employees", "1,5"));
		ApiClient.Response response = browser.post("/kunskapsbank/utbildning/tillfallen", form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("heldOn", "Skriv datumet som ÅÅÅÅ-MM-DD."))
			.containsPattern(errorOn("managers", "Skriv antalet som ett heltal, till exempel 12."))
			.containsPattern(errorOn("employees", "Skriv antalet som ett heltal, till exempel 12."))
			.contains("value=\"igår\"", "value=\"tolv\"", "value=\"1,5\"", "value=\"12\"", "value=\"" + organiser + "\"")
			.doesNotContain("id=\"participants\"");
		assertThat(sessions(organiser)).isZero();

		form.putAll(Map.of("heldOn", "2017-03-14", "managers", "20", "employees", "45"));
		assertThat(browser.post("/kunskapsbank/utbildning/tillfallen", form).status()).isEqualTo(302);
		assertThat(sessions(organiser)).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsEditorIsRefusedEvenWhenTheCountIsMistyped() {
		String other = accounts.create("0180", Role.MEMBER_EDITOR);
		ApiClient.Response response = new FormClient(port).signIn(other).post("/kunskapsbank/utbildning/tillfallen",
				Map.of("courseCode", "lokala-utbildningar", "heldOn", "2017-03-14", "organiser", "SKL", "organisationCode", MEMBER,
						"managers", "tolv"));
		assertThat(response.status()).isEqualTo(403);
	}

	private static Pattern errorOn(String field, String message) {
		return Pattern.compile("id=\"" + field + "-error\"[^>]*>\\s*" + Pattern.quote(message) + "\\s*<");
	}

	private long items(String title) {
		return jdbc.sql("SELECT count(*) FROM knowledge_item WHERE title = ?").param(title).query(Long.class).single();
	}

	private long sessions(String organiser) {
		return jdbc.sql("SELECT count(*) FROM knowledge_session WHERE organiser = ?").param(organiser).query(Long.class).single();
	}
}
