package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.ReclaimFlag;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;

class ReclaimRuleTests {

	private static final Deliverable REPORT_2018 = new Deliverable(5, 17, DeliverableKind.EKONOMISK_REDOVISNING, "Ekonomisk redovisning",
			LocalDate.of(2018, 9, 1), null, "KAMMARKOLLEGIET", DeliverableStatus.PLANERAD);
	private static final Deliverable PROJECT_PLAN = new Deliverable(6, 17, DeliverableKind.PROJEKTPLAN, "Projektplan",
			LocalDate.of(2017, 10, 1), null, "REGERINGSKANSLIET", DeliverableStatus.PLANERAD);

	@Test
	void aMissingReportPastItsDeadlineIsFlagged() {
		List<ReclaimFlag> flags = ReclaimRule.flags(List.of(REPORT_2018, PROJECT_PLAN), List.of(), LocalDate.of(2018, 9, 2));
		assertThat(flags).singleElement().satisfies(flag -> {
			assertThat(flag.deliverableId()).isEqualTo(5);
			assertThat(flag.submittedOn()).isNull();
		});
	}

	@Test
	void nothingIsFlaggedBeforeTheDeadlineOrWhenSubmittedInTime() {
		assertThat(ReclaimRule.flags(List.of(REPORT_2018), List.of(), LocalDate.of(2018, 9, 1))).isEmpty();
		FinancialReport inTime = submitted(ReportKind.FINAL, 2017, "2018-08-31T10:00:00Z");
		assertThat(ReclaimRule.flags(List.of(REPORT_2018), List.of(inTime), LocalDate.of(2019, 1, 1))).isEmpty();
	}

	@Test
	void aLateReportIsFlaggedWithItsDate() {
		FinancialReport late = submitted(ReportKind.FINAL, 2017, "2018-09-10T10:00:00Z");
		assertThat(ReclaimRule.flags(List.of(REPORT_2018), List.of(late), LocalDate.of(2019, 1, 1)))
			.singleElement()
			.extracting(ReclaimFlag::submittedOn)
			.isEqualTo(LocalDate.of(2018, 9, 10));
	}

	@Test
	void annualDeliverablesAskForTheReportOfTheirYearOrTheYearBefore() {
		Deliverable before2015Samrad = new Deliverable(7, 14, DeliverableKind.EKONOMISK_REDOVISNING, "Ekonomisk redovisning inför samrådet 2015",
				LocalDate.of(2015, 5, 31), 2015, "REGERINGSKANSLIET", DeliverableStatus.PLANERAD);
		Deliverable before2016Samrad = new Deliverable(8, 14, DeliverableKind.EKONOMISK_REDOVISNING, "Ekonomisk redovisning inför samrådet 2016",
				LocalDate.of(2016, 5, 31), 2016, "REGERINGSKANSLIET", DeliverableStatus.PLANERAD);
		FinancialReport for2014 = submitted(ReportKind.ANNUAL, 2014, "2015-04-01T10:00:00Z");
		assertThat(ReclaimRule.matches(before2015Samrad, for2014)).isTrue();
		assertThat(ReclaimRule.flags(List.of(before2015Samrad, before2016Samrad), List.of(for2014), LocalDate.of(2016, 6, 1)))
			.extracting(ReclaimFlag::deliverableId)
			.containsExactly(8L);
	}

	private static FinancialReport submitted(ReportKind kind, int year, String at) {
		FinancialReport report = LedgerCalculatorTests.report(1, kind, ReportStatus.INLAMNAD, "100", "50");
		return new FinancialReport(report.id(), report.agreementId(), year, kind, report.status(), report.contact(),
				report.agreementFileNumber(), report.paymentDecisionFileNumber(), report.agreementName(), report.totalGranted(),
				report.totalPaidOut(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), report.grantReceived(), report.costs(), report.totalCosts(),
				report.unspent(), null, null, null, report.cfo(), null, null, null, "po", Instant.parse(at), "po", 0);
	}
}
