package se.rattighetsnavet.grants;

import java.util.List;

/**
 * Financial reports: drafted and submitted by the programme office of SKR, approved or sent back for completion by the ministry.
 * Approving a final report with unspent funds creates a repayment obligation.
 */
public interface FinancialReportManagement {

	FinancialReportInput prefill(long agreementId, ReportKind kind);

	FinancialReport create(FinancialReportInput input);

	FinancialReport update(long id, FinancialReportInput input, int expectedVersion);

	FinancialReport submit(long id, Integer expectedVersion);

	FinancialReport approve(long id);

	FinancialReport requestCompletion(long id, String reason);

	FinancialReport get(long id);

	List<FinancialReport> forAgreement(long agreementId);

	byte[] pdf(long id);
}
