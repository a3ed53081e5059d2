package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * Small helpers that add one error per field to {@link FieldErrors}, so every form shows all its problems at once.
 */
final class Validation {

	private Validation() {
	}

	static boolean required(FieldErrors errors, String field, String value, int maxLength) {
		if (FieldRules.isBlank(value)) {
			errors.add(field, "grants.validation.required");
			return false;
		}
		if (value.trim().length() > maxLength) {
			errors.add(field, "grants.validation.tooLong", maxLength);
			return false;
		}
		return true;
	}

	static void optional(FieldErrors errors, String field, String value, int maxLength) {
		if (value != null && value.trim().length() > maxLength) {
			errors.add(field, "grants.validation.tooLong", maxLength);
		}
	}

	static void phone(FieldErrors errors, String field, String value, boolean required) {
		if (FieldRules.isBlank(value)) {
			if (required) {
				errors.add(field, "grants.validation.required");
			}
		}
		else if (!FieldRules.isSwedishPhone(value)) {
			errors.add(field, "grants.validation.phone");
		}
	}

	static void email(FieldErrors errors, String field, String value, boolean required) {
		if (FieldRules.isBlank(value)) {
			if (required) {
				errors.add(field, "grants.validation.required");
			}
		}
		else if (!FieldRules.isEmail(value)) {
			errors.add(field, "grants.validation.email");
		}
	}

	static BigDecimal positiveAmount(FieldErrors errors, String field, String value) {
		if (FieldRules.isBlank(value)) {
			errors.add(field, "grants.validation.required");
			return null;
		}
		BigDecimal amount = FieldRules.positiveAmount(value).orElse(null);
		if (amount == null) {
			errors.add(field, "grants.validation.amount");
		}
		return amount;
	}

	static BigDecimal nonNegativeAmount(FieldErrors errors, String field, String value) {
		if (FieldRules.isBlank(value)) {
			errors.add(field, "grants.validation.required");
			return null;
		}
		BigDecimal amount = FieldRules.nonNegativeAmount(value).orElse(null);
		if (amount == null) {
			errors.add(field, "grants.validation.cost");
		}
		return amount;
	}

	static LocalDate date(FieldErrors errors, String field, String value, boolean required) {
		if (FieldRules.isBlank(value)) {
			if (required) {
				errors.add(field, "grants.validation.required");
			}
			return null;
		}
		LocalDate date = FieldRules.date(value).orElse(null);
		if (date == null) {
			errors.add(field, "grants.validation.date");
		}
		return date;
	}
}
