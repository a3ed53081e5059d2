package se.rattighetsnavet.indicators;

import java.util.List;

/**
 * A KPI in the human-rights cluster as the programme office curates it: position, area heading, why it matters for
 * human rights (empty until the office writes it) and the codes of related recommendations and criteria.
 */
public record ClusterEntry(Kpi kpi, int position, String areaHeading, String whyItMatters, List<String> recommendationCodes,
		List<String> criteriaCodes, int version) {

	public ClusterEntry {
		recommendationCodes = List.copyOf(recommendationCodes);
		criteriaCodes = List.copyOf(criteriaCodes);
	}

	/** The heading the office chose, otherwise Kolada's operating area. */
	public String heading() {
		return areaHeading != null && !areaHeading.isBlank() ? areaHeading : kpi.operatingArea();
	}
}
