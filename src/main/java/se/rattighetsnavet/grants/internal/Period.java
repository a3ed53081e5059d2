package se.rattighetsnavet.grants.internal;

import java.time.LocalDate;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * The period a document concerns: both dates given, in order, and inside the agreement's period.
 */
record Period(LocalDate from, LocalDate to) {

	static Period validate(String fromText, String toText, Agreement agreement, FieldErrors errors) {
		LocalDate from = Validation.date(errors, "periodFrom", fromText, true);
		LocalDate to = Validation.date(errors, "periodTo", toText, true);
		if (from == null || to == null) {
			return null;
		}
		if (to.isBefore(from)) {
			errors.add("periodTo", "grants.validation.periodOrder");
			return null;
		}
		if (agreement != null && (!agreement.covers(from) || !agreement.covers(to))) {
			errors.add(agreement.covers(from) ? "periodTo" : "periodFrom", "grants.validation.periodOutsideAgreement",
					agreement.validFrom().toString(), agreement.validTo().toString());
			return null;
		}
		return new Period(from, to);
	}
}
