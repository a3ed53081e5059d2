package se.rattighetsnavet.grants.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportInput.CostInput;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;

/**
 * Turns form posts into the module's inputs and back, and field errors into messages keyed by the inputs' ids.
 */
@Component
class FormSupport {

	static final int COST_ROWS = 8;
	static final List<String> REQUISITION_FIELDS = List.of("recipient", "organisationNumber", "contactPerson", "postalAddress", "phone",
			"fax", "email", "agreementFileNumber", "paymentDecisionFileNumber", "agreementName", "amount", "periodFrom", "periodTo",
			"paymentAccountType", "paymentAccount", "paymentReference");
	static final List<String> REPORT_FIELDS = List.of("kind", "year", "recipient", "organisationNumber", "contactPerson",
			"postalAddress", "phone", "fax", "email", "agreementFileNumber", "paymentDecisionFileNumber", "agreementName", "totalGranted",
			"totalPaidOut", "periodFrom", "periodTo", "grantReceived", "costs", "cfoAttestation", "deviations", "measures", "cfoName",
			"cfoTitle", "cfoPhone", "cfoEmail", "cfoDate");

	private final FormErrors formErrors;

	FormSupport(FormErrors formErrors) {
		this.formErrors = formErrors;
	}

	static RequisitionInput requisition(Long agreementId, Map<String, String> p) {
		return new RequisitionInput(agreementId, p.get("recipient"), p.get("organisationNumber"), p.get("contactPerson"),
				p.get("postalAddress"), p.get("phone"), p.get("fax"), p.get("email"), p.get("agreementFileNumber"),
				p.get("paymentDecisionFileNumber"), p.get("agreementName"), p.get("amount"), p.get("periodFrom"), p.get("periodTo"),
				p.get("paymentAccountType"), p.get("paymentAccount"), p.get("paymentReference"));
	}

	static RequisitionInput requisition(Requisition r) {
		return new RequisitionInput(r.agreementId(), r.contact().recipient(), r.contact().organisationNumber(),
				r.contact().contactPerson(), r.contact().postalAddress(), r.contact().phone(), r.contact().fax(), r.contact().email(),
				r.agreementFileNumber(), r.paymentDecisionFileNumber(), r.agreementName(), r.amount().toPlainString(),
				r.periodFrom().toString(), r.periodTo().toString(), r.paymentAccountType().name(), r.paymentAccount(),
				r.paymentReference());
	}

	/** Cost rows keep their position, so an error on row 3 stays next to row 3. Empty rows are dropped by the input. */
	static FinancialReportInput report(Long agreementId, Map<String, String> p) {
		List<CostInput> costs = new ArrayList<>();
		for (int i = 0; i < COST_ROWS || p.containsKey("costs[" + i + "].description"); i++) {
			costs.add(new CostInput(p.get("costs[" + i + "].description"), p.get("costs[" + i + "].amount")));
		}
		return new FinancialReportInput(agreementId, p.get("kind"), p.get("year"), p.get("recipient"), p.get("organisationNumber"),
				p.get("contactPerson"), p.get("postalAddress"), p.get("phone"), p.get("fax"), p.get("email"), p.get("agreementFileNumber"),
				p.get("paymentDecisionFileNumber"), p.get("agreementName"), p.get("totalGranted"), p.get("totalPaidOut"),
				p.get("periodFrom"), p.get("periodTo"), p.get("grantReceived"), costs, p.get("cfoAttestation"), p.get("deviations"),
				p.get("measures"), p.get("cfoName"), p.get("cfoTitle"), p.get("cfoPhone"), p.get("cfoEmail"), p.get("cfoDate"));
	}

	static FinancialReportInput report(FinancialReport r) {
		return new FinancialReportInput(r.agreementId(), r.kind().name(), String.valueOf(r.year()), r.contact().recipient(),
				r.contact().organisationNumber(), r.contact().contactPerson(), r.contact().postalAddress(), r.contact().phone(),
				r.contact().fax(), r.contact().email(), r.agreementFileNumber(), r.paymentDecisionFileNumber(), r.agreementName(),
				r.totalGranted().toPlainString(), r.totalPaidOut().toPlainString(), r.periodFrom().toString(), r.periodTo().toString(),
				r.grantReceived().toPlainString(),
				r.costs().stream().map(c -> new CostInput(c.description(), c.amount().toPlainString())).toList(),
				r.cfoAttestation() == null ? null : r.cfoAttestation().name(), r.deviations(), r.measures(), r.cfo().name(),
				r.cfo().title(), r.cfo().phone(), r.cfo().email(), r.cfo().date() == null ? null : r.cfo().date().toString());
	}

	/** Field → message, with {@code costs[2].amount} renamed to the input id {@code costs-2-amount}. */
	Map<String, String> errors(FieldErrors errors) {
		Map<String, String> messages = new LinkedHashMap<>();
		formErrors.of(errors).forEach((field, message) -> messages.put(id(field), message));
		return messages;
	}

	Map<String, String> labels(List<String> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		fields.forEach(field -> labels.put(field, formErrors.message("grants.field." + field)));
		for (int i = 0; i < COST_ROWS; i++) {
			labels.put("costs-" + i + "-description", formErrors.message("grants.field.cost.description", i + 1));
			labels.put("costs-" + i + "-amount", formErrors.message("grants.field.cost.amount", i + 1));
		}
		return labels;
	}

	String message(String key, Object... arguments) {
		return formErrors.message(key, arguments);
	}

	/** A moment as people in Sweden read it. */
	static String local(java.time.Instant instant) {
		return instant == null ? null
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(se.rattighetsnavet.platform.Dates.STOCKHOLM));
	}

	static String id(String field) {
		return field.replace("[", "-").replace("].", "-").replace("]", "");
	}
}
