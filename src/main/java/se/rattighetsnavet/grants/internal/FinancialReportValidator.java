package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.grants.CfoAttestation;
import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.Cost;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReport.CfoDetails;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportInput.CostInput;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * Checks a financial report against Bilaga 1: every field, costs of zero or more, and Alt 2 of the CFO's review only with the
 * deviations and the proposed measures. The CFO's details may wait for submission, {@link #requireComplete} checks them then.
 */
final class FinancialReportValidator {

	private FinancialReportValidator() {
	}

	static ValidReport validate(FinancialReportInput input, Agreement agreement) {
		FieldErrors errors = new FieldErrors();
		if (agreement == null) {
			errors.add("agreementId", "grants.validation.agreement");
		}
		ReportKind kind = parse(ReportKind.class, "kind", input.kind(), true, errors);
		ContactDetails contact = ContactValidation.validate(input.recipient(), input.organisationNumber(), input.contactPerson(),
				input.postalAddress(), input.phone(), input.fax(), input.email(), errors);
		Validation.required(errors, "agreementFileNumber", input.agreementFileNumber(), 60);
		Validation.required(errors, "paymentDecisionFileNumber", input.paymentDecisionFileNumber(), 60);
		Validation.required(errors, "agreementName", input.agreementName(), 400);
		BigDecimal totalGranted = Validation.positiveAmount(errors, "totalGranted", input.totalGranted());
		BigDecimal totalPaidOut = Validation.nonNegativeAmount(errors, "totalPaidOut", input.totalPaidOut());
		Period period = Period.validate(input.periodFrom(), input.periodTo(), agreement, errors);
		BigDecimal received = Validation.positiveAmount(errors, "grantReceived", input.grantReceived());
		List<Cost> costs = costs(input.costs(), errors);
		CfoAttestation attestation = parse(CfoAttestation.class, "cfoAttestation", input.cfoAttestation(), false, errors);
		if (attestation == CfoAttestation.NOT_CORRECT) {
			Validation.required(errors, "deviations", input.deviations(), 10_000);
			Validation.required(errors, "measures", input.measures(), 10_000);
		}
		Validation.optional(errors, "cfoName", input.cfoName(), 200);
		Validation.optional(errors, "cfoTitle", input.cfoTitle(), 200);
		Validation.phone(errors, "cfoPhone", input.cfoPhone(), false);
		Validation.email(errors, "cfoEmail", input.cfoEmail(), false);
		var cfoDate = Validation.date(errors, "cfoDate", input.cfoDate(), false);
		Integer year = year(input.year(), period, agreement, errors);
		errors.throwIfAny();
		boolean deviating = attestation == CfoAttestation.NOT_CORRECT;
		return new ValidReport(agreement.id(), year, kind, contact, input.agreementFileNumber().trim(),
				input.paymentDecisionFileNumber().trim(), input.agreementName().trim(), totalGranted, totalPaidOut, period.from(),
				period.to(), new ReportFigures(received, costs), attestation, deviating ? input.deviations().trim() : null,
				deviating ? input.measures().trim() : null, new CfoDetails(FieldRules.trimmed(input.cfoName()),
						FieldRules.trimmed(input.cfoTitle()), FieldRules.trimmed(input.cfoPhone()), FieldRules.trimmed(input.cfoEmail()),
						cfoDate));
	}

	/** Before submission point 4 must be complete: the attestation and the CFO's name, title, phone, e-mail and date. */
	static void requireComplete(FinancialReport report) {
		FieldErrors errors = new FieldErrors();
		if (report.cfoAttestation() == null) {
			errors.add("cfoAttestation", "grants.validation.required");
		}
		CfoDetails cfo = report.cfo();
		if (FieldRules.isBlank(cfo.name())) {
			errors.add("cfoName", "grants.validation.required");
		}
		if (FieldRules.isBlank(cfo.title())) {
			errors.add("cfoTitle", "grants.validation.required");
		}
		if (FieldRules.isBlank(cfo.phone())) {
			errors.add("cfoPhone", "grants.validation.required");
		}
		if (FieldRules.isBlank(cfo.email())) {
			errors.add("cfoEmail", "grants.validation.required");
		}
		if (cfo.date() == null) {
			errors.add("cfoDate", "grants.validation.required");
		}
		errors.throwIfAny();
	}

	private static List<Cost> costs(List<CostInput> inputs, FieldErrors errors) {
		if (inputs.isEmpty()) {
			errors.add("costs", "grants.validation.costsRequired");
		}
		List<Cost> costs = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			CostInput input = inputs.get(i);
			boolean described = Validation.required(errors, "costs[" + i + "].description", input.description(), 400);
			BigDecimal amount = Validation.nonNegativeAmount(errors, "costs[" + i + "].amount", input.amount());
			if (described && amount != null) {
				costs.add(new Cost(input.description().trim(), amount));
			}
		}
		return costs;
	}

	private static Integer year(String text, Period period, Agreement agreement, FieldErrors errors) {
		if (period == null || agreement == null) {
			return null;
		}
		int year = period.from().getYear();
		if (!FieldRules.isBlank(text)) {
			if (!text.trim().matches("\\d{4}")) {
				errors.add("year", "grants.validation.year");
				return null;
			}
			year = Integer.parseInt(text.trim());
		}
		if (agreement.fundingFor(year).isEmpty()) {
			errors.add(FieldRules.isBlank(text) ? "periodFrom" : "year", "grants.validation.noFunding", String.valueOf(year));
			return null;
		}
		return year;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, boolean required, FieldErrors errors) {
		if (FieldRules.isBlank(text)) {
			if (required) {
				errors.add(field, "grants.validation.required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(field, "grants.validation.choice");
			return null;
		}
	}
}
