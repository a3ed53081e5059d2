package se.rattighetsnavet.indicators;

/**
 * Size bands for comparing an organisation with similar-sized ones: municipalities and regions have their own scales.
 * Lower bounds inclusive, upper bounds exclusive.
 */
public enum PopulationBand {
	MUNICIPALITY_UNDER_10K(0, 10_000), MUNICIPALITY_10K_25K(10_000, 25_000), MUNICIPALITY_25K_50K(25_000, 50_000),
	MUNICIPALITY_50K_100K(50_000, 100_000), MUNICIPALITY_100K_200K(100_000, 200_000),
	MUNICIPALITY_200K_PLUS(200_000, Integer.MAX_VALUE), REGION_UNDER_300K(0, 300_000), REGION_300K_1M(300_000, 1_000_000),
	REGION_1M_PLUS(1_000_000, Integer.MAX_VALUE);

	private final int from;
	private final int to;

	PopulationBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return from;
	}

	public int to() {
		return to;
	}

	/** @return the band, or {@code null} when the population is unknown */
	public static PopulationBand of(Integer population, boolean region) {
		if (population == null || population < 0) {
			return null;
		}
		for (PopulationBand band : values()) {
			if (band.name().startsWith("REGION") == region && population >= band.from && population < band.to) {
				return band;
			}
		}
		return null;
	}

	public boolean contains(Integer population) {
		return population != null && population >= from && population < to;
	}
}
