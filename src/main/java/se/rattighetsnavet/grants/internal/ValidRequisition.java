package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.PaymentAccountType;

/**
 * A requisition that passed every rule, with typed values: the only shape that reaches the database.
 */
record ValidRequisition(long agreementId, int year, ContactDetails contact, String agreementFileNumber,
		String paymentDecisionFileNumber, String agreementName, BigDecimal amount, LocalDate periodFrom, LocalDate periodTo,
		PaymentAccountType accountType, String account, String reference) {
}
