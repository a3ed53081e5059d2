package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.rattighetsnavet.grants.CfoAttestation;
import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.FinancialReport.CfoDetails;
import se.rattighetsnavet.grants.ReportKind;

/**
 * A financial report that passed every rule, with typed values and its computed figures.
 */
record ValidReport(long agreementId, int year, ReportKind kind, ContactDetails contact, String agreementFileNumber,
		String paymentDecisionFileNumber, String agreementName, BigDecimal totalGranted, BigDecimal totalPaidOut, LocalDate periodFrom,
		LocalDate periodTo, ReportFigures figures, CfoAttestation attestation, String deviations, String measures, CfoDetails cfo) {
}
