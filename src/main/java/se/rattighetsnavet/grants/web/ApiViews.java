package se.rattighetsnavet.grants.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.grants.CfoAttestation;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.LedgerYear;
import se.rattighetsnavet.grants.PaymentAccountType;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionStatus;

/**
 * The JSON shapes of the grants API: flat like the requests, amounts as strings with two decimals.
 */
final class ApiViews {

	private ApiViews() {
	}

	static String sek(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2).toPlainString();
	}

	record RequisitionView(long id, long agreementId, int year, RequisitionStatus status, String recipient, String organisationNumber,
			String contactPerson, String postalAddress, String phone, String fax, String email, String agreementFileNumber,
			String paymentDecisionFileNumber, String agreementName, String amount, LocalDate periodFrom, LocalDate periodTo,
			PaymentAccountType paymentAccountType, String paymentAccount, String paymentReference, Instant submittedAt,
			String submittedBy, Instant receivedAt, String receivedBy, String paidAmount, LocalDate paidOn, String paidBy, int version) {

		static RequisitionView of(Requisition r) {
			return new RequisitionView(r.id(), r.agreementId(), r.year(), r.status(), r.contact().recipient(),
					r.contact().organisationNumber(), r.contact().contactPerson(), r.contact().postalAddress(), r.contact().phone(),
					r.contact().fax(), r.contact().email(), r.agreementFileNumber(), r.paymentDecisionFileNumber(), r.agreementName(),
					sek(r.amount()), r.periodFrom(), r.periodTo(), r.paymentAccountType(), r.paymentAccount(), r.paymentReference(),
					r.submittedAt(), r.submittedBy(), r.receivedAt(), r.receivedBy(), sek(r.paidAmount()), r.paidOn(), r.paidBy(),
					r.version());
		}
	}

	record CostView(String description, String amount) {
	}

	record FinancialReportView(long id, long agreementId, int year, ReportKind kind, ReportStatus status, String recipient,
			String organisationNumber, String contactPerson, String postalAddress, String phone, String fax, String email,
			String agreementFileNumber, String paymentDecisionFileNumber, String agreementName, String totalGranted,
			String totalPaidOut, LocalDate periodFrom, LocalDate periodTo, String grantReceived, List<CostView> costs,
			String totalCosts, String unspent, CfoAttestation cfoAttestation, String deviations, String measures, String cfoName,
			String cfoTitle, String cfoPhone, String cfoEmail, LocalDate cfoDate, String completionReason, String decidedBy,
			Instant decidedAt, Instant submittedAt, String submittedBy, int version) {

		static FinancialReportView of(FinancialReport r) {
			return new FinancialReportView(r.id(), r.agreementId(), r.year(), r.kind(), r.status(), r.contact().recipient(),
					r.contact().organisationNumber(), r.contact().contactPerson(), r.contact().postalAddress(), r.contact().phone(),
					r.contact().fax(), r.contact().email(), r.agreementFileNumber(), r.paymentDecisionFileNumber(), r.agreementName(),
					sek(r.totalGranted()), sek(r.totalPaidOut()), r.periodFrom(), r.periodTo(), sek(r.grantReceived()),
					r.costs().stream().map(c -> new CostView(c.description(), sek(c.amount()))).toList(), sek(r.totalCosts()),
					sek(r.unspent()), r.cfoAttestation(), r.deviations(), r.measures(), r.cfo().name(), r.cfo().title(),
					r.cfo().phone(), r.cfo().email(), r.cfo().date(), r.completionReason(), r.decidedBy(), r.decidedAt(),
					r.submittedAt(), r.submittedBy(), r.version());
		}
	}

	record LedgerYearView(int year, String granted, String requested, String paid, String received, String reportedCosts,
			String unspent, String repaid, String toRepay) {

		static LedgerYearView of(LedgerYear y) {
			return new LedgerYearView(y.year(), sek(y.granted()), sek(y.requested()), sek(y.paid()), sek(y.received()),
					sek(y.reportedCosts()), sek(y.unspent()), sek(y.repaid()), sek(y.toRepay()));
		}
	}

	record LedgerView(long agreementId, String granted, String requested, String paid, String received, String reportedCosts,
			String unspent, String repaid, String toRepay, List<LedgerYearView> years) {
	}

	record MoneyEvent(String amount, String paidOn) {
	}

	record CompletionRequest(String reason) {
	}
}
