package se.rattighetsnavet.indicators.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats values for people in the page's language: at most two decimals, grouped thousands. */
final class ValueFormat {

	private final NumberFormat format;

	ValueFormat(Locale locale) {
		this.format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("sv-SE"));
		this.format.setMaximumFractionDigits(2);
	}

	public String format(Double value) {
		return value == null ? "" : format.format(value);
	}

	/** A plain machine-readable number for {@code data-value} and exports. */
	public static String raw(Double value) {
		return value == null ? "" : value.toString();
	}
}
