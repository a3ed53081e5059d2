package se.rattighetsnavet.criteria;

/**
 * What an MR-kommun or MR-region undertakes (the platform's six commitments), in the platform's order.
 * Titles live in the message bundle under {@code criteria.commitment.<code>}.
 */
public enum Commitment {
	KUNSKAP, RIKTLINJER, INVOLVERA, DILEMMAN, UPPFOLJNING, AVTAL;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Commitment ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}
}
