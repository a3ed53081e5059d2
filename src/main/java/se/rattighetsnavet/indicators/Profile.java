package se.rattighetsnavet.indicators;

import java.util.List;

import se.rattighetsnavet.organisations.Organisation;

/**
 * An organisation's human-rights indicators: every cluster KPI with data for it, and the cluster KPIs without any
 * (listed so their absence is visible). {@code county} is the region whose values stand for the county.
 */
public record Profile(Organisation organisation, Organisation county, PopulationBand band, int bandSize, List<ProfileRow> rows,
		List<ClusterEntry> withoutData) {

	public Profile {
		rows = List.copyOf(rows);
		withoutData = List.copyOf(withoutData);
	}
}
