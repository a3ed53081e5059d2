package se.rattighetsnavet.grants;

/**
 * A financial report was submitted for approval.
 */
public record FinancialReportSubmitted(long reportId, long agreementId, int year, ReportKind kind) {
}
