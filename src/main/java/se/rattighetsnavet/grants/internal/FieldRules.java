package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import se.rattighetsnavet.platform.Luhn;
import se.rattighetsnavet.platform.Money;
import se.rattighetsnavet.platform.OrganisationNumber;

/**
 * The format rules of the grant forms: Swedish payment accounts, phone numbers, e-mail, amounts in kronor and dates.
 */
final class FieldRules {

	private FieldRules() {
	}

	static boolean isOrganisationNumber(String text) {
		return OrganisationNumber.isValid(text);
	}

	/** Bankgiro: 7 or 8 digits written NNN-NNNN or NNNN-NNNN, the last a modulus-10 check digit. */
	static boolean isBankgiro(String text) {
		if (text == null || !text.trim().matches("\\d{3,4}-?\\d{4}")) {
			return false;
		}
		return Luhn.isValid(text.trim().replace("-", ""));
	}

	/** Plusgiro: 2 to 8 digits, usually written with the check digit after a hyphen (NNNNNN-N), modulus 10. */
	static boolean isPlusgiro(String text) {
		if (text == null || !text.trim().matches("[\\d ]{1,10}-?\\d")) {
			return false;
		}
		String digits = text.replaceAll("[\\s-]", "");
		return digits.length() >= 2 && digits.length() <= 8 && Luhn.isValid(digits);
	}

	/** Bankgiro as NNN-NNNN/NNNN-NNNN, plusgiro as digits with a hyphen before the check digit. */
	static String normaliseAccount(boolean bankgiro, String text) {
		String digits = text.replaceAll("[\\s-]", "");
		int split = bankgiro ? digits.length() - 4 : digits.length() - 1;
		return digits.substring(0, split) + "-" + digits.substring(split);
	}

	/** A Swedish number with area code: 0 and 6–9 more digits, or +46 without the leading 0; spaces, hyphens and brackets allowed. */
	static boolean isSwedishPhone(String text) {
		if (text == null || !text.trim().matches("[+\\d][\\d\\s()-]*")) {
			return false;
		}
		String digits = text.trim().replaceAll("[\\s()-]", "");
		if (digits.startsWith("+46")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("0046")) {
			digits = "0" + digits.substring(4);
		}
		return digits.matches("0[1-9]\\d{5,8}");
	}

	static boolean isEmail(String text) {
		return text != null && text.length() <= 254 && text.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
	}

	/** An amount of kronor greater than zero with at most two decimals ("1 234 567,89" is fine). */
	static Optional<BigDecimal> positiveAmount(String text) {
		return Money.parse(text).filter(amount -> amount.signum() > 0);
	}

	static Optional<BigDecimal> nonNegativeAmount(String text) {
		return Money.parse(text).filter(amount -> amount.signum() >= 0);
	}

	static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String trimmed(String text) {
		return isBlank(text) ? null : text.trim();
	}
}
