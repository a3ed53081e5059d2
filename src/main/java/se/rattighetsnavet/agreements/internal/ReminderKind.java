package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The reminders of a deadline: 30, 7 and 1 days before it, and on the day the deliverable becomes late.
 * Each applies from its day until the next one is due, so a day the job did not run is caught up the next day
 * without sending an outdated reminder once a later one applies.
 */
public enum ReminderKind {
	DAYS_30(30), DAYS_7(7), DAYS_1(1), LATE(-1);

	/** A late reminder is only sent within this many days of becoming late, so old deadlines never cause mail. */
	static final int LATE_WINDOW_DAYS = 7;

	private final int daysBefore;

	ReminderKind(int daysBefore) {
		this.daysBefore = daysBefore;
	}

	public int daysBefore() {
		return daysBefore;
	}

	public static Optional<ReminderKind> applicable(LocalDate dueDate, LocalDate today) {
		if (dueDate == null) {
			return Optional.empty();
		}
		long left = ChronoUnit.DAYS.between(today, dueDate);
		if (left < 0) {
			return left >= -LATE_WINDOW_DAYS ? Optional.of(LATE) : Optional.empty();
		}
		if (left == 0 || left == 1) {
			return Optional.of(DAYS_1);
		}
		if (left <= 7) {
			return Optional.of(DAYS_7);
		}
		if (left <= 30) {
			return Optional.of(DAYS_30);
		}
		return Optional.empty();
	}
}
