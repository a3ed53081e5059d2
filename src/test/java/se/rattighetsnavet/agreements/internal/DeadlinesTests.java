package se.rattighetsnavet.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.agreements.DeliverableStatus;

class DeadlinesTests {

	static final LocalDate DUE = LocalDate.of(2015, 2, 1);

	@Test
	void openDeliverablesBecomeLateTheDayAfterTheirDueDate() {
		assertThat(Deadlines.derive(DeliverableStatus.PLANERAD, DUE, DUE)).isEqualTo(DeliverableStatus.PLANERAD);
		assertThat(Deadlines.derive(DeliverableStatus.PAGAR, DUE, DUE)).isEqualTo(DeliverableStatus.PAGAR);
		assertThat(Deadlines.derive(DeliverableStatus.PLANERAD, DUE, DUE.plusDays(1))).isEqualTo(DeliverableStatus.FORSENAD);
		assertThat(Deadlines.derive(DeliverableStatus.PAGAR, DUE, DUE.plusYears(3))).isEqualTo(DeliverableStatus.FORSENAD);
	}

	@Test
	void submittedOrAcceptedOnesAreNeverLate() {
		assertThat(Deadlines.derive(DeliverableStatus.INLAMNAD, DUE, DUE.plusDays(10))).isEqualTo(DeliverableStatus.INLAMNAD);
		assertThat(Deadlines.derive(DeliverableStatus.GODKAND, DUE, DUE.plusDays(10))).isEqualTo(DeliverableStatus.GODKAND);
	}

	@Test
	void withoutDateNothingIsLateAndLateIsNeverStored() {
		assertThat(Deadlines.derive(DeliverableStatus.PLANERAD, null, DUE)).isEqualTo(DeliverableStatus.PLANERAD);
		assertThatThrownBy(() -> Deadlines.derive(DeliverableStatus.FORSENAD, DUE, DUE)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Deadlines.settable(DeliverableStatus.INLAMNAD)).isFalse();
		assertThat(Deadlines.settable(DeliverableStatus.PAGAR)).isTrue();
	}

	@Test
	void daysLeftCountsCalendarDays() {
		assertThat(Deadlines.daysLeft(DUE, DUE.minusDays(30))).isEqualTo(30);
		assertThat(Deadlines.daysLeft(DUE, DUE.plusDays(2))).isEqualTo(-2);
		assertThat(Deadlines.daysLeft(null, DUE)).isNull();
	}

	@Test
	void remindersFallOnThirtySevenAndOneDaysBeforeAndTheDayAfter() {
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(31))).isEmpty();
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(30))).contains(ReminderKind.DAYS_30);
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(8))).contains(ReminderKind.DAYS_30);
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(7))).contains(ReminderKind.DAYS_7);
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(2))).contains(ReminderKind.DAYS_7);
		assertThat(ReminderKind.applicable(DUE, DUE.minusDays(1))).contains(ReminderKind.DAYS_1);
		assertThat(ReminderKind.applicable(DUE, DUE)).contains(ReminderKind.DAYS_1);
		assertThat(ReminderKind.applicable(DUE, DUE.plusDays(1))).contains(ReminderKind.LATE);
		assertThat(ReminderKind.applicable(DUE, DUE.plusDays(7))).contains(ReminderKind.LATE);
		assertThat(ReminderKind.applicable(DUE, DUE.plusDays(8))).as("old deadlines cause no mail").isEmpty();
		assertThat(ReminderKind.applicable(null, DUE)).isEmpty();
	}
}
