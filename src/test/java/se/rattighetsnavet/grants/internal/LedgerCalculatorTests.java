package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.Cost;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.LedgerYear;
import se.rattighetsnavet.grants.PaymentAccountType;
import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionStatus;

class LedgerCalculatorTests {

	private static final ContactDetails CONTACT = new ContactDetails("SKR", "222000-0315", "A", "B", "08-452 70 00", null, "a@skr.se");

	@Test
	void derivesEveryFigureFromTheRecords() {
		List<Requisition> requisitions = List.of(requisition(1, RequisitionStatus.UTBETALD, "3000000", "3000000"),
				requisition(2, RequisitionStatus.UTKAST, "500000", null));
		List<FinancialReport> reports = List.of(report(1, ReportKind.FINAL, ReportStatus.GODKAND, "3000000", "2600000"),
				report(2, ReportKind.ANNUAL, ReportStatus.INLAMNAD, "3000000", "100"));
		List<RepaymentObligation> owed = List.of(new RepaymentObligation(1, 17, 2017, 1, amount("400000"), LocalDate.of(2018, 9, 1),
				List.of(new RepaymentObligation.Repayment(1, amount("150000"), LocalDate.of(2018, 8, 1), "kk"))));

		LedgerYear year = LedgerCalculator.compute(17, Map.of(2017, amount("3000000")), requisitions, reports, owed).get(0);

		assertThat(year.granted()).isEqualByComparingTo("3000000");
		assertThat(year.requested()).as("drafts do not count").isEqualByComparingTo("3000000");
		assertThat(year.paid()).isEqualByComparingTo("3000000");
		assertThat(year.reportedCosts()).as("the final report speaks for the year").isEqualByComparingTo("2600000");
		assertThat(year.unspent()).isEqualByComparingTo("400000");
		assertThat(year.repaid()).isEqualByComparingTo("150000");
		assertThat(year.toRepay()).isEqualByComparingTo("250000");
		assertThat(LedgerCalculator.violations(year)).isEmpty();
	}

	@Test
	void aYearWithoutRecordsIsAllZeroButTheGrant() {
		LedgerYear year = LedgerCalculator.compute(14, Map.of(2015, amount("4000000")), List.of(), List.of(), List.of()).get(0);
		assertThat(year.requested()).isZero();
		assertThat(year.unspent()).isZero();
		assertThat(LedgerCalculator.violations(year)).isEmpty();
	}

	@Test
	void namesEveryBrokenInvariant() {
		LedgerYear broken = new LedgerYear(1, 2017, amount("100"), amount("200"), amount("300"), amount("50"), amount("10"),
				amount("30"), amount("40"), amount("-1"));
		assertThat(LedgerCalculator.violations(broken)).containsExactly("paid > requested", "requested > granted",
				"unspent != received - costs", "repaid > unspent", "toRepay < 0");
	}

	@Test
	void overspendingOwesNothing() {
		LedgerYear overspent = new LedgerYear(1, 2017, amount("100"), amount("100"), amount("100"), amount("100"), amount("120"),
				amount("-20"), amount("0"), amount("0"));
		assertThat(LedgerCalculator.violations(overspent)).isEmpty();
	}

	static BigDecimal amount(String text) {
		return new BigDecimal(text).setScale(2);
	}

	static Requisition requisition(long id, RequisitionStatus status, String amount, String paid) {
		return new Requisition(id, 17, 2017, status, CONTACT, "Ku", "Ku", "Avtal", amount(amount), LocalDate.of(2017, 7, 1),
				LocalDate.of(2018, 9, 1), PaymentAccountType.BANKGIRO, "5050-1055", null, "po", Instant.now(), "po", null, null,
				paid == null ? null : amount(paid), paid == null ? null : LocalDate.of(2017, 11, 15), null, 0);
	}

	static FinancialReport report(long id, ReportKind kind, ReportStatus status, String received, String costs) {
		BigDecimal total = amount(costs);
		return new FinancialReport(id, 17, 2017, kind, status, CONTACT, "Ku", "Ku", "Avtal", amount("3000000"), amount("3000000"),
				LocalDate.of(2017, 7, 1), LocalDate.of(2018, 8, 31), amount(received), List.of(new Cost("Allt", total)), total,
				amount(received).subtract(total), null, null, null, new FinancialReport.CfoDetails(null, null, null, null, null), null,
				null, null, "po", Instant.parse("2018-08-20T10:00:00Z"), "po", 0);
	}
}
