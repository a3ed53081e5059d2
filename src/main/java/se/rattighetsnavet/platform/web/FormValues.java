package se.rattighetsnavet.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * Reads what a person typed into a form field. Forms bind their fields as text so that a mistyped value becomes a message
 * next to the field instead of an error page; an empty field gives {@code null}, and whether that is allowed stays the
 * domain's decision.
 */
public final class FormValues {

	private FormValues() {
	}

	/** A calendar date typed as YYYY-MM-DD (what a date input sends); anything else adds {@code messageKey} to the field. */
	public static LocalDate date(String field, String text, String messageKey, FieldErrors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(field, messageKey);
			return null;
		}
	}

	/** A whole number such as a count or an order, spaces allowed ("1 200"); anything else adds {@code messageKey}. */
	public static Integer wholeNumber(String field, String text, String messageKey, FieldErrors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "");
		if (!digits.matches("[+-]?\\d{1,9}")) {
			errors.add(field, messageKey);
			return null;
		}
		return Integer.valueOf(digits);
	}
}
