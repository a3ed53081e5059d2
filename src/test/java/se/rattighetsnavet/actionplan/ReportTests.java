package se.rattighetsnavet.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;

class ReportTests {

	static Activity activity(long id, String budget) {
		return new Activity(id, 1, "Aktivitet " + id, "", "SKL", List.of(), null, null,
				budget == null ? null : new BigDecimal(budget), ActivityStatus.PAGAR, "", "", List.of(), List.of(), List.of(), 0);
	}

	static ActionPlan plan(Activity... activities) {
		return new ActionPlan(1, "OK2014", "Plan", LocalDate.of(2015, 6, 1), LocalDate.of(2017, 6, 30), "", List.of(), "",
				List.of(), 1, 0, List.of(new FocusArea(1, "SPRIDNING", 1, "Spridning", "", List.of(activities))));
	}

	@Test
	void annualReportTakesOnlyThatYearsFollowUpAndSumsBudgetAgainstSpent() {
		ActionPlan plan = plan(activity(1, "100.00"), activity(2, "50.00"));
		List<FollowUp> followUps = List.of(new FollowUp(1, 2015, "a", "", new BigDecimal("10.00"), 0),
				new FollowUp(1, 2016, "b", "r", new BigDecimal("20.00"), 0),
				new FollowUp(2, 2016, "c", "", new BigDecimal("5.50"), 0));
		Report annual = Report.assemble(ReportKind.UPPFOLJNINGSRAPPORT, 2016, plan, followUps, ReportSections.empty());
		assertThat(annual.totalBudget()).isEqualByComparingTo("150.00");
		assertThat(annual.totalSpent()).isEqualByComparingTo("25.50");
		assertThat(annual.remaining()).isEqualByComparingTo("124.50");
		assertThat(annual.areas().get(0).lines().get(0).progress()).isEqualTo("b");

		Report fin = Report.assemble(ReportKind.SLUTRAPPORT, 2016, plan, followUps, ReportSections.empty());
		assertThat(fin.year()).isZero();
		assertThat(fin.totalSpent()).isEqualByComparingTo("35.50");
		assertThat(fin.areas().get(0).lines().get(0).progress()).isEqualTo("a\nb");
	}

	@Test
	void anUnknownBudgetIsNotZero() {
		Report report = Report.assemble(ReportKind.SLUTRAPPORT, 0, plan(activity(1, null)), List.of(), ReportSections.empty());
		assertThat(report.totalBudget()).isNull();
		assertThat(report.totalSpent()).isNull();
		assertThat(report.remaining()).isNull();
	}

	@Test
	void anActivityNeedsATitleAndAnEndNotBeforeItsStartAndNoNegativeBudget() {
		ActivityChange bad = new ActivityChange(" ", "", "", null, LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 1),
				new BigDecimal("-1"), null, null, null, null, null, null);
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(FieldErrors.class,
				errors -> assertThat(errors.errors()).extracting(FieldErrors.FieldError::field).containsExactly("title", "end", "budget"));
		ActivityChange good = new ActivityChange("Konferens", null, null, null, null, null, new BigDecimal("1000.50"), null, null,
				null, null, null, null);
		good.validate();
		assertThat(good.status()).isEqualTo(ActivityStatus.PLANERAD);
	}

	@Test
	void thePlansYearsAreTheCalendarYearsItsPeriodTouches() {
		assertThat(plan().years()).containsExactly(2015, 2016, 2017);
	}
}
