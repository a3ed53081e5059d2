package se.rattighetsnavet.grants;

import java.util.List;

/**
 * The ledger per agreement and year, the repayment obligations and the reports that are late enough for a possible reclaim.
 */
public interface LedgerManagement {

	Ledger ledger(long agreementId);

	List<RepaymentObligation> obligations(long agreementId);

	/** Kammarkollegiet only; at most what is still owed. */
	RepaymentObligation registerRepayment(long obligationId, String amount, String paidOn);

	/** Visible to the ministry, the programme office and Kammarkollegiet; empty for everybody else. */
	List<ReclaimFlag> reclaimFlags(long agreementId);

	/** The ledger as an XLSX workbook. */
	byte[] workbook(long agreementId);
}
