package se.rattighetsnavet.indicators;

import java.util.List;

/** A Kolada KPI group and the ids of its member KPIs. */
public record KpiGroup(String id, String title, List<String> members) {

	public KpiGroup {
		members = List.copyOf(members);
	}
}
