package se.rattighetsnavet.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts in Swedish kronor: {@link BigDecimal} with exactly two decimals.
 */
public final class Money {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private Money() {
	}

	/** Scales to two decimals, refusing amounts that would need rounding. */
	public static BigDecimal sek(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static BigDecimal sek(String amount) {
		return sek(new BigDecimal(amount));
	}

	/**
	 * Reads an amount the way people write it in Swedish forms: "1 234 567,89", "1234567.89", "3 000 000 kr".
	 * Empty when the text is not an amount with at most two decimals.
	 */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.trim()
			.replaceAll("(?i)\\s*(kr|sek|:-)$", "")
			.replaceAll("[\\s\\u00a0\\u202f]", "");
		if (cleaned.indexOf(',') >= 0) {
			if (cleaned.indexOf('.') >= 0) {
				return Optional.empty();
			}
			cleaned = cleaned.replace(',', '.');
		}
		if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(sek(new BigDecimal(cleaned).setScale(2, RoundingMode.UNNECESSARY)));
	}

	/** "1 234 567,89 kr" with the locale's grouping. */
	public static String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale.getLanguage().equals("en") ? Locale.UK : SWEDISH);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + (locale.getLanguage().equals("en") ? " SEK" : " kr");
	}
}
