package se.rattighetsnavet.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A financial report (ekonomisk redovisning) with every field of Bilaga 1. {@code totalCosts} and {@code unspent} are computed.
 */
public record FinancialReport(long id, long agreementId, int year, ReportKind kind, ReportStatus status, ContactDetails contact,
		String agreementFileNumber, String paymentDecisionFileNumber, String agreementName, BigDecimal totalGranted,
		BigDecimal totalPaidOut, LocalDate periodFrom, LocalDate periodTo, BigDecimal grantReceived, List<Cost> costs,
		BigDecimal totalCosts, BigDecimal unspent, CfoAttestation cfoAttestation, String deviations, String measures,
		CfoDetails cfo, String completionReason, String decidedBy, Instant decidedAt, String createdBy, Instant submittedAt,
		String submittedBy, int version) {

	public FinancialReport {
		costs = List.copyOf(costs);
	}

	/** Point 4: who attests, with title, contact and date. */
	public record CfoDetails(String name, String title, String phone, String email, LocalDate date) {
	}
}
