package se.rattighetsnavet.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The total values of one KPI in one year for every municipality and region, so every organisation's rank and
 * similar-sized mean come from memory instead of one aggregate per KPI and profile. Rank 1 is the highest value.
 */
final class PeerSlice {

	record Key(String kpi, int year) {
	}

	record Figures(int rank, int ranked, Double bandMean, int bandCount) {
	}

	private final double[] municipalities;
	private final double[] regions;
	private final Map<String, Double> byGeo;

	private PeerSlice(double[] municipalities, double[] regions, Map<String, Double> byGeo) {
		this.municipalities = municipalities;
		this.regions = regions;
		this.byGeo = byGeo;
	}

	/** @param values organisation code → non-null total value; Riket ({@code 0000}) is ignored */
	static PeerSlice of(Map<String, Double> values) {
		Map<String, Double> byGeo = new HashMap<>(values);
		byGeo.remove(ImportService.RIKET);
		double[] municipalities = byGeo.entrySet().stream().filter(e -> !e.getKey().startsWith("00"))
			.mapToDouble(Map.Entry::getValue).sorted().toArray();
		double[] regions = byGeo.entrySet().stream().filter(e -> e.getKey().startsWith("00"))
			.mapToDouble(Map.Entry::getValue).sorted().toArray();
		return new PeerSlice(municipalities, regions, byGeo);
	}

	/** Rank among the municipalities (or the regions) and the mean of the {@code band} organisations' values. */
	Figures figures(double own, boolean amongRegions, List<String> band) {
		double[] sorted = amongRegions ? regions : municipalities;
		int higher = sorted.length - upperBound(sorted, own);
		double sum = 0;
		int count = 0;
		for (String code : band) {
			Double value = byGeo.get(code);
			if (value != null) {
				sum += value;
				count++;
			}
		}
		return new Figures(higher + 1, sorted.length, count == 0 ? null : sum / count, count);
	}

	/** Index of the first value greater than {@code value}. */
	private static int upperBound(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (Double.compare(sorted[middle], value) <= 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}
}
