package se.rattighetsnavet.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.mail.Mailer;

/**
 * The deadlines as a calendar people subscribe to in Outlook and other calendar programs.
 */
@Component
public class CalendarFeed {

	private final Deliverables deliverables;
	private final Agreements agreements;
	private final Mailer mailer;
	private final Clock clock;

	CalendarFeed(Deliverables deliverables, Agreements agreements, Mailer mailer, Clock clock) {
		this.deliverables = deliverables;
		this.agreements = agreements;
		this.mailer = mailer;
		this.clock = clock;
	}

	public String ics(Long agreementId) {
		String name = "Rättighetsnavet – tidsfrister";
		if (agreementId != null) {
			name += " " + agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId)).code();
		}
		LocalDate today = Dates.today(clock);
		var events = deliverables.dated(agreementId).stream().map(row -> {
			DeliverableStatus status = row.toDeliverable(today).status();
			String summary = (status == DeliverableStatus.FORSENAD ? "FÖRSENAD: " : "") + row.title() + " (" + row.agreementCode() + ")";
			String description = "Mottagare: " + row.recipientUnit() + "\nStatus: " + label(status)
					+ (row.requirements().isBlank() ? "" : "\n" + row.requirements());
			return new IcsCalendar.Event(row.id(), row.dueDate(), summary, description, mailer.link("/avtal/leveranser/" + row.id()));
		}).toList();
		return IcsCalendar.write(name, events, clock.instant());
	}

	static String label(DeliverableStatus status) {
		return switch (status) {
			case PLANERAD -> "Planerad";
			case PAGAR -> "Pågår";
			case INLAMNAD -> "Inlämnad";
			case GODKAND -> "Godkänd";
			case FORSENAD -> "Försenad";
		};
	}
}
