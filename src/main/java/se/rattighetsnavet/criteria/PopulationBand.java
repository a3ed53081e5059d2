package se.rattighetsnavet.criteria;

/**
 * Size bands for comparing organisations of a similar size, by population in the registry. Municipalities and regions are
 * never compared with each other, so regions form bands of their own.
 */
public enum PopulationBand {
	KOMMUN_UNDER_15000, KOMMUN_15000_49999, KOMMUN_50000_199999, KOMMUN_200000_OCH_FLER, REGION_UNDER_300000,
	REGION_300000_OCH_FLER;

	public static PopulationBand of(boolean region, int population) {
		if (region) {
			return population < 300_000 ? REGION_UNDER_300000 : REGION_300000_OCH_FLER;
		}
		if (population < 15_000) {
			return KOMMUN_UNDER_15000;
		}
		if (population < 50_000) {
			return KOMMUN_15000_49999;
		}
		return population < 200_000 ? KOMMUN_50000_199999 : KOMMUN_200000_OCH_FLER;
	}
}
