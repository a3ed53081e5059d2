package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.BusinessRuleException;

class MembershipTests {

	static final LocalDate DECIDED = LocalDate.of(2018, 3, 12);

	@Test
	void aConfirmedMemberJoinsOnTheDateOfItsPoliticalDecision() {
		Membership confirmed = pending().confirm();
		assertThat(confirmed.status()).isEqualTo(Membership.Status.CONFIRMED);
		assertThat(confirmed.joinedOn()).isEqualTo(DECIDED);
		assertThat(confirmed.isActiveMember()).isTrue();
	}

	@Test
	void onlyAPendingDecisionCanBeConfirmedOrRejected() {
		Membership confirmed = pending().confirm();
		assertThatThrownBy(confirmed::confirm).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(confirmed::reject).isInstanceOf(BusinessRuleException.class);
		assertThat(pending().reject().status()).isEqualTo(Membership.Status.REJECTED);
	}

	@Test
	void leavingKeepsTheJoiningDateAndCannotPrecedeIt() {
		Membership left = pending().confirm().leave(LocalDate.of(2022, 12, 31));
		assertThat(left.status()).isEqualTo(Membership.Status.LEFT);
		assertThat(left.joinedOn()).isEqualTo(DECIDED);
		assertThat(left.leftOn()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThatThrownBy(() -> pending().confirm().leave(DECIDED.minusDays(1))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> pending().leave(DECIDED)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void theYearsAssessmentIsDueOnTheThirtyFirstOfMarchTheYearAfter() {
		ReportingYear year = new ReportingYear(2024);
		assertThat(year.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(year.isLate(LocalDate.of(2025, 3, 31))).isFalse();
		assertThat(year.isLate(LocalDate.of(2025, 4, 1))).isTrue();
		assertThat(year.isReminderDue(LocalDate.of(2025, 2, 28))).isFalse();
		assertThat(year.isReminderDue(LocalDate.of(2025, 3, 1))).isTrue();
		assertThat(ReportingYear.current(LocalDate.of(2025, 3, 31)).year()).isEqualTo(2024);
		assertThat(ReportingYear.current(LocalDate.of(2025, 4, 1)).year()).isEqualTo(2025);
	}

	@Test
	void similarSizeMeansTheSamePopulationBandAndType() {
		assertThat(PopulationBand.of(false, 14_999)).isEqualTo(PopulationBand.KOMMUN_UNDER_15000);
		assertThat(PopulationBand.of(false, 15_000)).isEqualTo(PopulationBand.KOMMUN_15000_49999);
		assertThat(PopulationBand.of(false, 200_000)).isEqualTo(PopulationBand.KOMMUN_200000_OCH_FLER);
		assertThat(PopulationBand.of(true, 200_000)).isEqualTo(PopulationBand.REGION_UNDER_300000);
	}

	private static Membership pending() {
		return new Membership(1, "0180", Membership.Status.PENDING, "Kommunfullmäktige", DECIDED, "KF § 12", "utdrag.pdf",
				List.of(new ContactPerson("Kim", "kim@example.se", null)), null, null, 0);
	}
}
