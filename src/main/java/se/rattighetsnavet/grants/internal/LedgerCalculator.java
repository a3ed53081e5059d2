package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.LedgerYear;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.grants.Requisition;

/**
 * Derives the ledger from the records, and names any invariant a ledger year breaks.
 */
final class LedgerCalculator {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private LedgerCalculator() {
	}

	static List<LedgerYear> compute(long agreementId, Map<Integer, BigDecimal> granted, List<Requisition> requisitions,
			List<FinancialReport> reports, List<RepaymentObligation> obligations) {
		Map<Integer, BigDecimal> years = new TreeMap<>(granted);
		List<LedgerYear> ledger = new ArrayList<>();
		years.forEach((year, grant) -> {
			List<Requisition> ofYear = requisitions.stream().filter(r -> r.year() == year).toList();
			BigDecimal requested = sum(ofYear.stream().filter(r -> !r.status().isDraft()), Requisition::amount);
			BigDecimal paid = sum(ofYear.stream(), Requisition::paidAmount);
			Optional<FinancialReport> report = effectiveReport(year, reports);
			List<RepaymentObligation> owed = obligations.stream().filter(o -> o.year() == year).toList();
			BigDecimal repaid = sum(owed.stream(), RepaymentObligation::repaid);
			BigDecimal toRepay = sum(owed.stream(), RepaymentObligation::outstanding);
			ledger.add(new LedgerYear(agreementId, year, grant, requested, paid,
					report.map(FinancialReport::grantReceived).orElse(ZERO), report.map(FinancialReport::totalCosts).orElse(ZERO),
					report.map(FinancialReport::unspent).orElse(ZERO), repaid, toRepay));
		});
		return ledger;
	}

	/** The report that speaks for the year: a final report over an annual one, then the most recently submitted. */
	static Optional<FinancialReport> effectiveReport(int year, List<FinancialReport> reports) {
		return reports.stream()
			.filter(r -> r.year() == year && (r.status() == ReportStatus.INLAMNAD || r.status() == ReportStatus.GODKAND))
			.max(Comparator.comparing((FinancialReport r) -> r.kind() == ReportKind.FINAL).thenComparing(FinancialReport::id));
	}

	/** The invariants of a ledger year; empty when they all hold. */
	static List<String> violations(LedgerYear year) {
		List<String> violations = new ArrayList<>();
		if (year.paid().compareTo(year.requested()) > 0) {
			violations.add("paid > requested");
		}
		if (year.requested().compareTo(year.granted()) > 0) {
			violations.add("requested > granted");
		}
		if (year.unspent().compareTo(year.received().subtract(year.reportedCosts())) != 0) {
			violations.add("unspent != received - costs");
		}
		if (year.repaid().compareTo(year.unspent().max(ZERO)) > 0) {
			violations.add("repaid > unspent");
		}
		if (year.toRepay().signum() < 0) {
			violations.add("toRepay < 0");
		}
		return violations;
	}

	private static <T> BigDecimal sum(Stream<T> items, Function<T, BigDecimal> figure) {
		return items.map(figure).filter(Objects::nonNull).reduce(ZERO, BigDecimal::add);
	}
}
