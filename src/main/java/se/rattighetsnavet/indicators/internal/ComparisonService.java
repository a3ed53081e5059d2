package se.rattighetsnavet.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiValue;
import se.rattighetsnavet.platform.NotFoundException;

/** Side-by-side values of up to five organisations, and one KPI over time for Riket, regions and a municipality. */
@Service
public class ComparisonService {

	public static final int MAX_ORGANISATIONS = 5;

	private final ClusterEntries cluster;
	private final Values values;
	private final Kpis kpis;

	ComparisonService(ClusterEntries cluster, Values values, Kpis kpis) {
		this.cluster = cluster;
		this.values = values;
		this.kpis = kpis;
	}

	/** One cluster KPI in its latest year with data for any of the organisations; values in the organisations' order. */
	public record ComparisonRow(ClusterEntry entry, int year, List<Double> values) {
	}

	public List<ComparisonRow> compare(List<String> codes) {
		List<ClusterEntry> entries = cluster.all();
		Map<String, List<KpiValue>> byKpi = values.of(entries.stream().map(e -> e.kpi().id()).toList(), codes).stream()
			.filter(v -> v.gender().equals("T")).collect(Collectors.groupingBy(KpiValue::kpi));
		List<ComparisonRow> rows = new ArrayList<>();
		for (ClusterEntry entry : entries) {
			List<KpiValue> kpiValues = byKpi.get(entry.kpi().id());
			if (kpiValues == null) {
				continue;
			}
			int year = kpiValues.stream().mapToInt(KpiValue::year).max().orElseThrow();
			rows.add(new ComparisonRow(entry, year, codes.stream().map(code -> kpiValues.stream()
				.filter(v -> v.geo().equals(code) && v.year() == year).findFirst().map(KpiValue::value).orElse(null)).toList()));
		}
		return rows;
	}

	public Kpi kpi(String id) {
		return kpis.find(id).orElseThrow(() -> new NotFoundException("kpi", id));
	}

	/** Year → (organisation → total value); a year appears when any of the organisations has a row. */
	public Map<Integer, Map<String, Double>> series(String kpiId, List<String> geos) {
		int number = kpis.number(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
		Map<Integer, Map<String, Double>> series = new java.util.TreeMap<>();
		for (KpiValue value : values.series(number, geos)) {
			if (value.gender().equals("T")) {
				series.computeIfAbsent(value.year(), year -> new LinkedHashMap<>()).put(value.geo(), value.value());
			}
		}
		return series;
	}

	/** The latest year's total values of a KPI for the given organisations (e.g. all regions). */
	public Map<String, KpiValue> latest(String kpiId, List<String> geos) {
		Map<Integer, Map<String, Double>> all = series(kpiId, geos);
		if (all.isEmpty()) {
			return Map.of();
		}
		int year = ((java.util.TreeMap<Integer, Map<String, Double>>) all).lastKey();
		Map<String, KpiValue> latest = new LinkedHashMap<>();
		values.year(kpiId, year, geos).forEach(v -> latest.put(v.geo(), v));
		return latest;
	}
}
