package se.rattighetsnavet.agreements.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.mail.Mailer;

/**
 * Reminds the people responsible for a deliverable 30, 7 and 1 days before it is due and on the day it becomes late.
 * ShedLock keeps two nodes from running at once, and a reminder is claimed by inserting its unique row before the mail is
 * sent, so each reminder goes out exactly once; a failed send releases the claim for the next run.
 */
@Component
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

	private final Deliverables deliverables;
	private final Mailer mailer;
	private final JdbcClient jdbc;
	private final Clock clock;

	ReminderJob(Deliverables deliverables, Mailer mailer, JdbcClient jdbc, Clock clock) {
		this.deliverables = deliverables;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 0 7 * * *", zone = "Europe/Stockholm")
	@SchedulerLock(name = "agreements-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void daily() {
		run(Dates.today(clock));
	}

	/** @return how many reminders were sent on the given day */
	public int run(LocalDate today) {
		int sent = 0;
		for (DeliverableRow row : deliverables.openDueBetween(today.minusDays(ReminderKind.LATE_WINDOW_DAYS), today.plusDays(30))) {
			var kind = ReminderKind.applicable(row.dueDate(), today);
			if (kind.isEmpty() || row.responsible().isEmpty() || !claim(row, kind.get())) {
				continue;
			}
			if (mailer.send(row.responsible(), subject(row, kind.get()), body(row, kind.get()))) {
				sent++;
			}
			else {
				jdbc.sql("DELETE FROM agreements_reminder WHERE deliverable_id = ? AND kind = ?").params(row.id(), kind.get().name()).update();
			}
		}
		if (sent > 0) {
			log.info("Sent {} deadline reminders for {}", sent, today);
		}
		return sent;
	}

	private boolean claim(DeliverableRow row, ReminderKind kind) {
		return jdbc.sql("""
				INSERT INTO agreements_reminder (deliverable_id, kind, due_date, sent_at, recipients) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(row.id(), kind.name(), row.dueDate(), Timestamp.from(clock.instant()), String.join(", ", row.responsible()))
			.update() == 1;
	}

	private static String subject(DeliverableRow row, ReminderKind kind) {
		String when = switch (kind) {
			case DAYS_30 -> "om 30 dagar";
			case DAYS_7 -> "om 7 dagar";
			case DAYS_1 -> "i morgon";
			case LATE -> "är försenad";
		};
		return kind == ReminderKind.LATE ? "Försenad: " + row.title() + " (" + row.agreementCode() + ")"
				: "Påminnelse: " + row.title() + " ska lämnas " + when + " (" + row.agreementCode() + ")";
	}

	private String body(DeliverableRow row, ReminderKind kind) {
		String status = kind == ReminderKind.LATE ? "Leveransen är försenad: sista dag var " + DATE.format(row.dueDate()) + "."
				: "Sista dag är " + DATE.format(row.dueDate()) + ".";
		return "Hej!\n\n" + row.title() + "\n" + row.agreementTitle() + "\n\n" + status + "\nMottagare: " + row.recipientUnit()
				+ (row.requirements().isBlank() ? "" : "\nKrav: " + row.requirements()) + "\n\nSe leveransen: "
				+ mailer.link("/avtal/leveranser/" + row.id()) + "\n\nDu får det här meddelandet för att du är ansvarig för leveransen i Rättighetsnavet.\n";
	}
}
