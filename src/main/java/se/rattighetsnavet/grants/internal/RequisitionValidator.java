package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.IntFunction;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Funding;
import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.PaymentAccountType;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Money;

/**
 * Checks a requisition against Bilaga 1 and the agreement: every field, the period, and that the amount fits in what is
 * left of the year's grant once the other submitted requisitions are counted.
 */
final class RequisitionValidator {

	private RequisitionValidator() {
	}

	/**
	 * @param requestedByOthers the amount already requested in submitted requisitions of the given year, other than this one
	 * @throws FieldErrors listing every invalid field
	 */
	static ValidRequisition validate(RequisitionInput input, Agreement agreement, IntFunction<BigDecimal> requestedByOthers) {
		FieldErrors errors = new FieldErrors();
		if (agreement == null) {
			errors.add("agreementId", "grants.validation.agreement");
		}
		ContactDetails contact = ContactValidation.validate(input.recipient(), input.organisationNumber(), input.contactPerson(),
				input.postalAddress(), input.phone(), input.fax(), input.email(), errors);
		Validation.required(errors, "agreementFileNumber", input.agreementFileNumber(), 60);
		Validation.required(errors, "paymentDecisionFileNumber", input.paymentDecisionFileNumber(), 60);
		Validation.required(errors, "agreementName", input.agreementName(), 400);
		BigDecimal amount = Validation.positiveAmount(errors, "amount", input.amount());
		Period period = Period.validate(input.periodFrom(), input.periodTo(), agreement, errors);
		PaymentAccountType type = accountType(input.paymentAccountType(), errors);
		String account = account(type, input.paymentAccount(), errors);
		Validation.optional(errors, "paymentReference", input.paymentReference(), 100);
		if (period != null && agreement != null) {
			int year = period.from().getYear();
			Funding funding = agreement.fundingFor(year).orElse(null);
			if (funding == null) {
				errors.add("periodFrom", "grants.validation.noFunding", String.valueOf(year));
			}
			else if (amount != null) {
				BigDecimal remaining = funding.amount().subtract(requestedByOthers.apply(year));
				if (amount.compareTo(remaining) > 0) {
					errors.add("amount", "grants.validation.exceedsGrant", Money.format(remaining.max(BigDecimal.ZERO), Locale.forLanguageTag("sv")),
							String.valueOf(year));
				}
			}
		}
		errors.throwIfAny();
		return new ValidRequisition(agreement.id(), period.from().getYear(), contact, input.agreementFileNumber().trim(),
				input.paymentDecisionFileNumber().trim(), input.agreementName().trim(), amount, period.from(), period.to(), type, account,
				FieldRules.trimmed(input.paymentReference()));
	}

	private static PaymentAccountType accountType(String text, FieldErrors errors) {
		if (FieldRules.isBlank(text)) {
			errors.add("paymentAccountType", "grants.validation.required");
			return null;
		}
		try {
			return PaymentAccountType.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add("paymentAccountType", "grants.validation.paymentAccountType");
			return null;
		}
	}

	private static String account(PaymentAccountType type, String text, FieldErrors errors) {
		if (FieldRules.isBlank(text)) {
			errors.add("paymentAccount", "grants.validation.required");
			return null;
		}
		if (type == PaymentAccountType.BANKGIRO && !FieldRules.isBankgiro(text)) {
			errors.add("paymentAccount", "grants.validation.bankgiro");
			return null;
		}
		if (type == PaymentAccountType.PLUSGIRO && !FieldRules.isPlusgiro(text)) {
			errors.add("paymentAccount", "grants.validation.plusgiro");
			return null;
		}
		return type == null ? null : FieldRules.normaliseAccount(type == PaymentAccountType.BANKGIRO, text);
	}
}
