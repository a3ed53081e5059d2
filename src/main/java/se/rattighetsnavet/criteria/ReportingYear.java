package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The self-assessment of a year is due on 31 March of the following year; a reminder goes out 30 days before.
 */
public record ReportingYear(int year) {

	public static final MonthDay DUE = MonthDay.of(3, 31);
	public static final int REMIND_DAYS_BEFORE = 30;

	public LocalDate dueOn() {
		return DUE.atYear(year + 1);
	}

	public boolean isLate(LocalDate today) {
		return today.isAfter(dueOn());
	}

	public boolean isReminderDue(LocalDate today) {
		return !today.isBefore(dueOn().minusDays(REMIND_DAYS_BEFORE)) && !isLate(today);
	}

	/** The year whose assessment is the one currently being worked towards: last year until its due date has passed. */
	public static ReportingYear current(LocalDate today) {
		ReportingYear last = new ReportingYear(today.getYear() - 1);
		return last.isLate(today) ? new ReportingYear(today.getYear()) : last;
	}
}
