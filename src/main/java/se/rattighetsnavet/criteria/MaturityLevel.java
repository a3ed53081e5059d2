package se.rattighetsnavet.criteria;

/**
 * The maturity scale 0–4 of a self-assessment; titles and descriptions in {@code criteria.level.<n>} and {@code criteria.level.<n>.description}.
 */
public enum MaturityLevel {
	EJ_PABORJAT, PLANERAT, PABORJAT, ETABLERAT, INTEGRERAT_OCH_UPPFOLJT;

	public int level() {
		return ordinal();
	}

	/** @throws IllegalArgumentException outside 0–4 */
	public static MaturityLevel of(int level) {
		if (level < 0 || level >= values().length) {
			throw new IllegalArgumentException("maturity level must be 0–4, was " + level);
		}
		return values()[level];
	}
}
