package se.rattighetsnavet.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class SelfAssessmentRemindersTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SelfAssessmentReminders reminders;

	@Test
	void editorsOfMembersWhoHaveNotSubmittedAreRemindedOnceBeforeTheDueDateAndOnceWhenLate() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		List<String> codes = jdbc.sql("""
				SELECT code FROM organisations_organisation WHERE type = 'REGION'
				AND code NOT IN (SELECT organisation_code FROM criteria_membership) ORDER BY code LIMIT 2""")
			.query(String.class).list();
		String late = codes.get(0);
		String done = codes.get(1);
		String lateEditor = accounts.create(late, Role.MEMBER_EDITOR);
		String doneEditor = accounts.create(done, Role.MEMBER_EDITOR);
		join(api, lateEditor, office, late);
		join(api, doneEditor, office, done);
		String path = "/api/v1/self-assessments/" + done + "/2034";
		assertThat(api.as(doneEditor).put(path, Map.of("version", 0, "cells", cells())).status()).isEqualTo(200);
		assertThat(api.as(doneEditor).post(path + "/submit", Map.of("version", 1)).status()).isEqualTo(200);

		assertThat(reminders.remind(LocalDate.of(2035, 2, 1))).isZero();
		reminders.remind(LocalDate.of(2035, 3, 10));
		reminders.remind(LocalDate.of(2035, 3, 11));
		assertThat(to(lateEditor)).hasSize(1).first().satisfies(message -> {
			assertThat(message.getSubject()).isEqualTo("Påminnelse: självskattning 2034 i MR-plattformen");
			assertThat(GreenMailUtil.getBody(message)).contains("2035-03-31");
		});
		assertThat(to(doneEditor)).isEmpty();

		reminders.remind(LocalDate.of(2035, 4, 2));
		reminders.remind(LocalDate.of(2035, 4, 3));
		assertThat(to(lateEditor)).hasSize(2).last()
			.satisfies(message -> assertThat(message.getSubject()).contains("försenad"));
	}

	private static List<MimeMessage> to(String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void join(ApiClient api, String editor, String office, String code) {
		Map<String, Object> decision = Map.of("organisationCode", code, "decisionBody", "Regionfullmäktige", "decisionDate", "2021-02-01",
				"minuteReference", "RF § 7", "extractName", "utdrag.pdf",
				"extractPdf", java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n".getBytes()),
				"contacts", List.of(Map.of("name", "Ro Region", "email", "ro@example.se")));
		long id = api.as(editor).post("/api/v1/memberships", decision).json().get("id").asLong();
		assertThat(api.as(office).post("/api/v1/memberships/" + id + "/confirm", Map.of("version", 0)).status()).isEqualTo(200);
	}

	private static List<Map<String, Object>> cells() {
		List<Map<String, Object>> cells = new java.util.ArrayList<>();
		for (var commitment : se.rattighetsnavet.criteria.Commitment.values()) {
			for (var role : se.rattighetsnavet.criteria.ActorRole.values()) {
				cells.add(Map.of("commitment", commitment.code(), "role", role.code(), "level", 2));
			}
		}
		return cells;
	}
}
