package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * An edit of an agreement's own fields. The file number may be empty: the 2017 agreement's is not in the documents.
 */
public record AgreementChange(String title, String fileNumber, String department, LocalDate validFrom, LocalDate validTo,
		Integer version) {

	public AgreementChange {
		title = title == null ? "" : title.strip();
		fileNumber = fileNumber == null ? "" : fileNumber.strip();
		department = department == null ? "" : department.strip();
	}

	public void validate() {
		FieldErrors errors = new FieldErrors();
		if (title.isEmpty()) {
			errors.add("title", "agreements.validation.required");
		}
		if (department.isEmpty()) {
			errors.add("department", "agreements.validation.required");
		}
		if (fileNumber.length() > 60) {
			errors.add("fileNumber", "agreements.validation.tooLong", 60);
		}
		if (validFrom == null) {
			errors.add("validFrom", "agreements.validation.date");
		}
		if (validTo == null) {
			errors.add("validTo", "agreements.validation.date");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			errors.add("validTo", "agreements.validation.period");
		}
		if (version == null) {
			errors.add("version", "agreements.validation.required");
		}
		errors.throwIfAny();
	}
}
