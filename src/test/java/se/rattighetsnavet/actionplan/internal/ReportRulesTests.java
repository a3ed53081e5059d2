package se.rattighetsnavet.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.Report;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.actionplan.ReportSections;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.platform.FieldErrors;

class ReportRulesTests {

	static final ActionPlan PLAN = new ActionPlan(1, "OK2014", "Plan", LocalDate.of(2015, 6, 1), LocalDate.of(2017, 6, 30), "",
			List.of(), "", List.of(), 1, 0, List.of());

	static Deliverable deliverable(long id, DeliverableKind kind, Integer year) {
		return new Deliverable(id, 1, kind, kind.name(), LocalDate.of(year == null ? 2017 : year, 5, 31), year, "REGERINGSKANSLIET",
				DeliverableStatus.PLANERAD);
	}

	@Test
	void theFollowUpOfAYearIsHandedInBeforeTheNextYearsSamrad() {
		List<Deliverable> deliverables = List.of(deliverable(1, DeliverableKind.UPPFOLJNINGSRAPPORT, 2016),
				deliverable(2, DeliverableKind.UPPFOLJNINGSRAPPORT, 2017), deliverable(3, DeliverableKind.SLUTRAPPORT, null));
		Report annual2015 = Report.assemble(ReportKind.UPPFOLJNINGSRAPPORT, 2015, PLAN, List.of(), ReportSections.empty());
		Report annual2017 = Report.assemble(ReportKind.UPPFOLJNINGSRAPPORT, 2017, PLAN, List.of(), ReportSections.empty());
		Report fin = Report.assemble(ReportKind.SLUTRAPPORT, 0, PLAN, List.of(), ReportSections.empty());
		assertThat(ReportDocuments.matching(deliverables, annual2015)).map(Deliverable::id).contains(1L);
		assertThat(ReportDocuments.matching(deliverables, annual2017)).map(Deliverable::id).contains(2L);
		assertThat(ReportDocuments.matching(deliverables, fin)).map(Deliverable::id).contains(3L);
		assertThat(ReportDocuments.matching(List.of(deliverable(4, DeliverableKind.VERKSAMHETSREDOVISNING, 2018)), fin))
			.map(Deliverable::id).contains(4L);
	}

	@Test
	void aFollowUpBelongsToAYearOfThePlanAndSpendsNoNegativeMoney() {
		FollowUpRules.validate(PLAN, 2016, new BigDecimal("12.50"));
		assertThatThrownBy(() -> FollowUpRules.validate(PLAN, 2019, new BigDecimal("-1")))
			.isInstanceOfSatisfying(FieldErrors.class,
					e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field).containsExactly("year", "spent"));
	}
}
