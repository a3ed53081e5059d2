package se.rattighetsnavet.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A requisition (rekvisition) with every field of Bilaga 1 and where it stands.
 */
public record Requisition(long id, long agreementId, int year, RequisitionStatus status, ContactDetails contact,
		String agreementFileNumber, String paymentDecisionFileNumber, String agreementName, BigDecimal amount, LocalDate periodFrom,
		LocalDate periodTo, PaymentAccountType paymentAccountType, String paymentAccount, String paymentReference, String createdBy,
		Instant submittedAt, String submittedBy, Instant receivedAt, String receivedBy, BigDecimal paidAmount, LocalDate paidOn,
		String paidBy, int version) {
}
