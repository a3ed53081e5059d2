package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.FormClient;
import se.rattighetsnavet.platform.Role;

/**
 * Mistyped dates in the agreement pages' forms come back as a message next to the field, with what was typed, and save nothing.
 */
class AgreementFormInputTests extends ApiTestSupport {

	private static final String DATE_MESSAGE = "Ange ett datum som ÅÅÅÅ-MM-DD.";

	@Autowired
	AgreementManagement agreements;

	static String office;
	static String member;
	long agreementId;

	@BeforeEach
	void setUp() {
		if (office == null) {
			office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
			member = accounts.create("0180", Role.MEMBER_EDITOR);
		}
		agreementId = agreements.findByCode("OK2014").orElseThrow().id();
	}

	@Test
	void aMistypedMeetingDateIsShownNextToTheFieldAndNothingIsScheduled() {
		FormClient browser = new FormClient(port).signIn(office);
		String title = "Styrgruppsmöte " + UUID.randomUUID();
		for (String typed : new String[] { "2026-13-45", "igår" }) {
			ApiClient.Response response = browser.post("/avtal/" + agreementId + "/moten",
					Map.of("kind", "GROUP", "heldOn", typed, "title", title, "agenda", "Budget"));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.text()).containsPattern(errorOn("heldOn", DATE_MESSAGE)).contains("value=\"" + typed + "\"")
				.contains("value=\"" + title + "\"").contains(">Budget</textarea>");
		}
		assertThat(meetings(title)).isZero();

		browser.post("/avtal/" + agreementId + "/moten", Map.of("kind", "GROUP", "heldOn", "2026-03-15", "title", title, "agenda", ""));
		assertThat(browser.location()).contains("/avtal/moten/");
		assertThat(meetings(title)).isEqualTo(1);
	}

	@Test
	void anEmptyMeetingDateAsksForTheDate() {
		ApiClient.Response response = new FormClient(port).signIn(office).post("/avtal/" + agreementId + "/moten",
				Map.of("kind", "GROUP", "heldOn", "", "title", "Möte utan datum"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("heldOn", DATE_MESSAGE));
	}

	@Test
	void aMistypedMeetingDateComesBackWithTheFormsOtherErrors() {
		ApiClient.Response response = new FormClient(port).signIn(office).post("/avtal/" + agreementId + "/moten",
				Map.of("kind", "SAMRAD", "heldOn", "igår", "title", ""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("heldOn", DATE_MESSAGE))
			.containsPattern(errorOn("meeting-title", "Fyll i fältet.")).contains("value=\"igår\"")
			.containsPattern("value=\"SAMRAD\"\\s+selected");
	}

	@Test
	void aMemberMayNotScheduleEvenWithAMistypedDate() {
		ApiClient.Response response = new FormClient(port).signIn(member).post("/avtal/" + agreementId + "/moten",
				Map.of("kind", "GROUP", "heldOn", "igår", "title", "Obehörigt möte"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aMistypedValidityDateIsShownNextToTheFieldAndTheAgreementIsUnchanged() {
		Map<String, Object> before = agreement();
		FormClient browser = new FormClient(port).signIn(office);
		ApiClient.Response response = browser.post("/avtal/" + agreementId, Map.of("title", "Ändrad titel som inte får sparas",
				"fileNumber", (String) before.get("file_number"), "department", (String) before.get("department"),
				"validFrom", "13/6/2014", "validTo", "2026-13-45", "version", before.get("version").toString()));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("validFrom", DATE_MESSAGE)).containsPattern(errorOn("validTo", DATE_MESSAGE))
			.contains("value=\"13/6/2014\"").contains("value=\"2026-13-45\"").contains("value=\"Ändrad titel som inte får sparas\"");
		assertThat(agreement()).isEqualTo(before);

		response = browser.post("/avtal/" + agreementId, Map.of("title", (String) before.get("title"),
				"fileNumber", (String) before.get("file_number"), "department", (String) before.get("department"),
				"validFrom", before.get("valid_from").toString(), "validTo", before.get("valid_to").toString(),
				"version", before.get("version").toString()));
		assertThat(response.status()).isEqualTo(302);
		assertThat(browser.location()).endsWith("/avtal/" + agreementId);
		assertThat(agreement().get("version")).isEqualTo((Integer) before.get("version") + 1);
	}

	@Test
	void aMistypedDueDateIsShownNextToTheFieldAndNoDeliverableIsCreated() {
		FormClient browser = new FormClient(port).signIn(office);
		String title = "Leverans " + UUID.randomUUID();
		Map<String, String> form = Map.of("kind", "PROJEKTPLAN", "title", title, "dueDate", "31 juni", "recipient", "REGERINGSKANSLIET",
				"status", "PLANERAD", "responsible", "");
		ApiClient.Response response = browser.post("/avtal/" + agreementId + "/leveranser/ny", form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("dueDate", DATE_MESSAGE)).contains("value=\"31 juni\"")
			.contains("value=\"" + title + "\"");
		assertThat(deliverables(title)).isZero();

		browser.post("/avtal/" + agreementId + "/leveranser/ny", new java.util.HashMap<>(form) {
			{
				put("dueDate", "2026-06-30");
			}
		});
		assertThat(browser.location()).contains("/avtal/leveranser/");
		assertThat(deliverables(title)).isEqualTo(1);
	}

	private static Pattern errorOn(String field, String message) {
		return Pattern.compile("id=\"" + field + "-error\"[^>]*>\\s*" + Pattern.quote(message) + "\\s*<");
	}

	private Map<String, Object> agreement() {
		return jdbc.sql("SELECT title, file_number, department, valid_from, valid_to, version FROM agreements_agreement WHERE id = ?")
			.param(agreementId).query().singleRow();
	}

	private long meetings(String title) {
		return jdbc.sql("SELECT count(*) FROM agreements_meeting WHERE title = ?").param(title).query(Long.class).single();
	}

	private long deliverables(String title) {
		return jdbc.sql("SELECT count(*) FROM agreements_deliverable WHERE title = ?").param(title).query(Long.class).single();
	}
}
