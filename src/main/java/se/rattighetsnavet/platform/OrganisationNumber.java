package se.rattighetsnavet.platform;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: ten digits written {@code NNNNNN-NNNN}, the last one a Luhn check digit.
 */
public record OrganisationNumber(String value) {

	public OrganisationNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("invalid organisationsnummer: " + value);
		}
		value = normalise(value);
	}

	public static Optional<OrganisationNumber> parse(String text) {
		return isValid(text) ? Optional.of(new OrganisationNumber(text)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String trimmed = text.trim();
		if (!trimmed.matches("\\d{6}-?\\d{4}")) {
			return false;
		}
		String digits = trimmed.replace("-", "");
		// the third digit of an organisationsnummer is always 2 or more; lower values are personnummer months
		return digits.charAt(2) >= '2' && Luhn.isValid(digits);
	}

	private static String normalise(String text) {
		String digits = text.trim().replace("-", "");
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	@Override
	public String toString() {
		return value;
	}
}
