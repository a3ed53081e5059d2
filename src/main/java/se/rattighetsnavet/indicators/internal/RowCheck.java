package se.rattighetsnavet.indicators.internal;

import java.util.Set;

/**
 * The rules a value row must meet before it is stored: a known KPI and organisation (Kolada id), a possible year,
 * a gender of T, K or M and a finite value. Returns the reason for refusal, or {@code null} when the row is fine.
 */
final class RowCheck {

	static final int FIRST_YEAR = 1950;

	private final Set<String> organisations;
	private final int lastYear;

	/** @param organisations the Kolada ids that may carry values (Riket, regions, municipalities) */
	RowCheck(Set<String> organisations, int currentYear) {
		this.organisations = Set.copyOf(organisations);
		this.lastYear = currentYear + 1;
	}

	String refusal(ValueRow row, boolean kpiKnown) {
		if (!kpiKnown) {
			return "Okänt nyckeltal " + row.kpi() + " (importera dess metadata först)";
		}
		if (row.geo() == null || !organisations.contains(row.geo())) {
			return "Okänd organisation " + row.geo();
		}
		if (row.year() < FIRST_YEAR || row.year() > lastYear) {
			return "Omöjligt år " + row.year() + " (tillåtet " + FIRST_YEAR + "–" + lastYear + ")";
		}
		if (!("T".equals(row.gender()) || "K".equals(row.gender()) || "M".equals(row.gender()))) {
			return "Okänt kön " + row.gender() + " (T, K eller M)";
		}
		if (row.value() != null && (row.value().isNaN() || row.value().isInfinite())) {
			return "Värdet är inget tal";
		}
		if (row.count() != null && row.count() < 0) {
			return "Negativt antal " + row.count();
		}
		return null;
	}

	boolean knowsOrganisation(String geo) {
		return organisations.contains(geo);
	}

	/** Parses a year cell; {@code null} when it is no whole number. */
	static Integer year(String text) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}
}
