package se.rattighetsnavet.criteria.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import se.rattighetsnavet.criteria.ContactPerson;
import se.rattighetsnavet.criteria.NewMembership;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * What a recorded political decision must contain: body, date (not in the future), minute reference, a PDF extract of at
 * most 20 MB and at least one contact person with name and e-mail.
 */
final class MembershipDecisionRules {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private MembershipDecisionRules() {
	}

	static void check(NewMembership decision, LocalDate today) {
		FieldErrors errors = new FieldErrors();
		if (blank(decision.decisionBody())) {
			errors.add("decisionBody", "criteria.membership.decisionBody.required");
		}
		if (decision.decisionDate() == null) {
			errors.add("decisionDate", "criteria.membership.decisionDate.required");
		}
		else if (decision.decisionDate().isAfter(today)) {
			errors.add("decisionDate", "criteria.membership.decisionDate.future");
		}
		if (blank(decision.minuteReference())) {
			errors.add("minuteReference", "criteria.membership.minuteReference.required");
		}
		byte[] pdf = decision.extractPdf();
		if (pdf == null || pdf.length == 0) {
			errors.add("extract", "criteria.membership.extract.required");
		}
		else if (pdf.length > NewMembership.MAX_EXTRACT_BYTES) {
			errors.add("extract", "criteria.membership.extract.tooLarge");
		}
		else if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
			errors.add("extract", "criteria.membership.extract.notPdf");
		}
		if (decision.contacts() == null || decision.contacts().isEmpty()) {
			errors.add("contactName", "criteria.membership.contact.required");
		}
		else {
			ContactPerson first = decision.contacts().get(0);
			if (blank(first.name())) {
				errors.add("contactName", "criteria.membership.contact.required");
			}
			if (blank(first.email()) || !first.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				errors.add("contactEmail", "criteria.membership.contactEmail.invalid");
			}
		}
		errors.throwIfAny();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
