package se.rattighetsnavet.grants;

import java.math.BigDecimal;

/**
 * The money of one agreement and year, derived from the records: granted by the agreement, requested in submitted requisitions,
 * paid by Kammarkollegiet, received and spent according to the latest submitted financial report, unspent, repaid and still owed.
 */
public record LedgerYear(long agreementId, int year, BigDecimal granted, BigDecimal requested, BigDecimal paid, BigDecimal received,
		BigDecimal reportedCosts, BigDecimal unspent, BigDecimal repaid, BigDecimal toRepay) {
}
