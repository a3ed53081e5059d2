package se.rattighetsnavet.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The ledger of one agreement: one row per funded year and their totals.
 */
public record Ledger(long agreementId, List<LedgerYear> years) {

	public Ledger {
		years = List.copyOf(years);
	}

	public LedgerYear total() {
		return new LedgerYear(agreementId, 0, sum(LedgerYear::granted), sum(LedgerYear::requested), sum(LedgerYear::paid),
				sum(LedgerYear::received), sum(LedgerYear::reportedCosts), sum(LedgerYear::unspent), sum(LedgerYear::repaid),
				sum(LedgerYear::toRepay));
	}

	private BigDecimal sum(Function<LedgerYear, BigDecimal> figure) {
		return years.stream().map(figure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
