package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.FormClient;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Role;

/**
 * Mistyped dates and years in the MR platform's forms come back as a message next to the field, with what was typed, and
 * change nothing.
 */
class CriteriaFormInputTests extends ApiTestSupport {

	@Autowired
	OrganisationManagement organisations;

	@Test
	void aMistypedDecisionDateIsShownWithTheOtherErrorsAndNothingIsRecorded() {
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		FormClient browser = new FormClient(port).signIn(accounts.create(code, Role.MEMBER_EDITOR));
		ApiClient.Response response = browser.post("/mr-plattformen/anslutning", Map.of("decisionBody", "", "decisionDate", "igår",
				"minuteReference", "KF § 7", "contactName", "Kim Kontakt", "contactEmail", "kim@example.se", "contactPhone", ""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("decisionDate", "Ange beslutsdatum som ÅÅÅÅ-MM-DD."))
			.contains("id=\"decisionBody-error\"", "value=\"igår\"", "value=\"KF § 7\"");
		assertThat(jdbc.sql("SELECT count(*) FROM criteria_membership WHERE organisation_code = ?").param(code).query(Long.class).single())
			.isZero();
	}

	@Test
	void aMistypedLeavingDateIsAskedForAgainInsteadOfBeingReadAsToday() {
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(new ApiClient(port), editor, office, code);
		FormClient browser = new FormClient(port).signIn(editor);

		ApiClient.Response response = browser.post("/mr-plattformen/anslutning/uttrade", Map.of("leftOn", "2026-13-45", "version", "1"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text())
			.containsPattern(errorOn("leftOn", "Ange datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt för dagens datum."))
			.contains("value=\"2026-13-45\"");
		assertThat(status(code)).isEqualTo("CONFIRMED");

		assertThat(browser.post("/mr-plattformen/anslutning/uttrade", Map.of("leftOn", "", "version", "1")).status()).isEqualTo(302);
		assertThat(status(code)).isEqualTo("LEFT");
	}

	@Test
	void aMistypedYearIsAskedForAgainAndNoSelfAssessmentIsStarted() {
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(new ApiClient(port), editor, office, code);
		FormClient browser = new FormClient(port).signIn(editor);

		for (String typed : new String[] { "tjugo", "", "20255" }) {
			ApiClient.Response response = browser.post("/mr-plattformen/sjalvskattning", Map.of("year", typed));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.text()).containsPattern(errorOn("year", "Ange ett årtal från 2014 till 2200, till exempel 2025."))
				.contains("value=\"" + typed + "\"");
		}
		assertThat(assessments(code)).isZero();

		assertThat(browser.post("/mr-plattformen/sjalvskattning", Map.of("year", "2025")).status()).isEqualTo(302);
		assertThat(browser.location()).endsWith("/mr-plattformen/sjalvskattning/" + code + "/2025");
		assertThat(assessments(code)).isEqualTo(1);
	}

	@Test
	void aReaderMayNotStartASelfAssessmentEvenWithAMistypedYear() {
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String reader = accounts.create(code, Role.MEMBER_READER);
		assertThat(new FormClient(port).signIn(reader).post("/mr-plattformen/sjalvskattning", Map.of("year", "tjugo")).status())
			.isEqualTo(403);
	}

	@Test
	void aMistypedCoverageYearShowsTheCurrentYearWithAMessage() {
		FormClient browser = new FormClient(port).signIn(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		ApiClient.Response response = browser.get("/mr-plattformen/tackning?ar=tjugo");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("ar", "Ange ett årtal från 2014 till 2200, till exempel 2025."))
			.contains("value=\"tjugo\"");
		response = browser.get("/mr-plattformen/tackning?ar=2022");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("value=\"2022\"").doesNotContain("id=\"ar-error\"");
	}

	@Test
	void aMistypedNetworkMeetingDateIsShownWithTheOtherErrorsAndNothingIsRecorded() {
		FormClient browser = new FormClient(port).signIn(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		String notes = "Anteckningar " + java.util.UUID.randomUUID();
		ApiClient.Response response = browser.post("/mr-plattformen/natverk/utvecklingsnatverk/moten",
				Map.of("heldOn", "igår", "title", "", "notes", notes));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).containsPattern(errorOn("heldOn", "Ange mötets datum som ÅÅÅÅ-MM-DD."))
			.contains("value=\"igår\"", notes, "id=\"title-error\"");
		assertThat(jdbc.sql("SELECT count(*) FROM criteria_meeting WHERE notes = ?").param(notes).query(Long.class).single()).isZero();
	}

	private static Pattern errorOn(String field, String message) {
		return Pattern.compile("id=\"" + field + "-error\"[^>]*>\\s*" + Pattern.quote(message) + "\\s*<");
	}

	private String status(String code) {
		return jdbc.sql("SELECT status FROM criteria_membership WHERE organisation_code = ?").param(code).query(String.class).single();
	}

	private long assessments(String code) {
		return jdbc.sql("SELECT count(*) FROM criteria_assessment WHERE organisation_code = ?").param(code).query(Long.class).single();
	}
}
