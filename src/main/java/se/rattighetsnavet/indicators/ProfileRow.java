package se.rattighetsnavet.indicators;

/**
 * One cluster KPI on an organisation's profile. {@code value} null with a {@code year} = Kolada has the row but no value
 * (missing or suppressed). Riket, county and the gender split are Kolada's own values; rank and the similar-sized
 * mean are computed here.
 */
public record ProfileRow(ClusterEntry entry, Integer year, Double value, Integer previousYear, Double previousValue,
		Trend trend, Integer rank, Integer ranked, Double riket, Double county, Double similarMean, Integer similarCount,
		Double women, Double men) {

	public boolean hasValue() {
		return value != null;
	}

	public boolean hasGenderSplit() {
		return women != null || men != null;
	}
}
