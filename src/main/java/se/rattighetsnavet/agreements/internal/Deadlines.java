package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;

import se.rattighetsnavet.agreements.DeliverableStatus;

/**
 * The rule for a deliverable's visible status: one that is past its due date and not yet handed in is late.
 * The due date itself is the last day to hand in, so lateness starts the day after, by the Swedish calendar.
 */
public final class Deadlines {

	private Deadlines() {
	}

	public static DeliverableStatus derive(DeliverableStatus stored, LocalDate dueDate, LocalDate today) {
		if (stored == DeliverableStatus.FORSENAD) {
			throw new IllegalArgumentException("FORSENAD is derived, never stored");
		}
		boolean open = stored == DeliverableStatus.PLANERAD || stored == DeliverableStatus.PAGAR;
		if (open && dueDate != null && today.isAfter(dueDate)) {
			return DeliverableStatus.FORSENAD;
		}
		return stored;
	}

	/** Statuses people may set by hand; submission and acceptance have their own operations. */
	public static boolean settable(DeliverableStatus status) {
		return status == DeliverableStatus.PLANERAD || status == DeliverableStatus.PAGAR;
	}

	/** Days left until the due date (negative when late), or null without a date. */
	public static Long daysLeft(LocalDate dueDate, LocalDate today) {
		return dueDate == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
	}
}
