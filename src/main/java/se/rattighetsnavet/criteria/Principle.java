package se.rattighetsnavet.criteria;

/**
 * The principles the platform rests on; each assessed cell names the ones its work strengthens.
 */
public enum Principle {
	ICKE_DISKRIMINERING, DELAKTIGHET, TRANSPARENS;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Principle ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
