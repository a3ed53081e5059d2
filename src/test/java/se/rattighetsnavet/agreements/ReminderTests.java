package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.agreements.internal.ReminderJob;

@IntegrationTest
class ReminderTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ReminderJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgreementManagement agreements;

	@Test
	void eachReminderReachesTheResponsiblePeopleExactlyOnce() throws Exception {
		LocalDate due = LocalDate.of(2032, 3, 15);
		String responsible = "ansvarig-" + UUID.randomUUID() + "@test.rattighetsnavet.se";
		long id = deliverableDue(due, responsible);

		job.run(due.minusDays(30));
		job.run(due.minusDays(30));
		assertThat(mailsTo(responsible)).hasSize(1);
		assertThat(mailsTo(responsible).get(0).getSubject()).contains("om 30 dagar");
		assertThat(GreenMailUtil.getBody(mailsTo(responsible).get(0))).contains("/avtal/leveranser/" + id);

		job.run(due.minusDays(20));
		assertThat(mailsTo(responsible)).as("nothing between the reminder days").hasSize(1);

		job.run(due.minusDays(7));
		job.run(due.minusDays(7));
		job.run(due.minusDays(1));
		job.run(due.minusDays(1));
		job.run(due);
		assertThat(mailsTo(responsible)).hasSize(3);

		job.run(due.plusDays(1));
		job.run(due.plusDays(1));
		job.run(due.plusDays(2));
		List<MimeMessage> all = mailsTo(responsible);
		assertThat(all).hasSize(4);
		assertThat(all.get(3).getSubject()).startsWith("Försenad:");
		assertThat(jdbc.sql("SELECT kind FROM agreements_reminder WHERE deliverable_id = ? ORDER BY sent_at, kind").param(id)
			.query(String.class).list()).containsExactlyInAnyOrder("DAYS_30", "DAYS_7", "DAYS_1", "LATE");
	}

	@Test
	void submittedDeliverablesAreNotRemindedAndTwoRunsAtOnceSendOneMail() throws Exception {
		LocalDate due = LocalDate.of(2033, 4, 20);
		String responsible = "ansvarig-" + UUID.randomUUID() + "@test.rattighetsnavet.se";
		long open = deliverableDue(due, responsible);
		long done = deliverableDue(due, responsible);
		jdbc.sql("UPDATE agreements_deliverable SET status = 'INLAMNAD' WHERE id = ?").param(done).update();

		Thread other = new Thread(() -> job.run(due.minusDays(7)));
		other.start();
		job.run(due.minusDays(7));
		other.join();
		assertThat(mailsTo(responsible)).hasSize(1);
		assertThat(mailsTo(responsible).get(0).getSubject()).contains("om 7 dagar");
		assertThat(jdbc.sql("SELECT count(*) FROM agreements_reminder WHERE deliverable_id IN (?, ?)").params(open, done)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theScheduledRunTakesTheClusterWideLock() {
		job.daily();
		assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'agreements-reminders'").query(Integer.class).single())
			.isEqualTo(1);
	}

	private long deliverableDue(LocalDate due, String responsible) {
		long agreement = agreements.findByCode("OK2017").orElseThrow().id();
		long id = jdbc.sql("""
				INSERT INTO agreements_deliverable (agreement_id, kind, title, due_date, recipient_code, recipient_unit, responsible_code, status)
				VALUES (?, 'PROJEKTPLAN', ?, ?, 'REGERINGSKANSLIET', 'Regeringskansliet', 'SKR', 'PLANERAD') RETURNING id""")
			.params(agreement, "Påminnelsetest " + UUID.randomUUID(), due).query(Long.class).single();
		jdbc.sql("INSERT INTO agreements_responsible (deliverable_id, email) VALUES (?, ?)").params(id, responsible).update();
		return id;
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}
}
