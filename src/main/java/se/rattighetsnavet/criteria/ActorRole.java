package se.rattighetsnavet.criteria;

/**
 * The four roles in which a municipality or region acts (samhällsaktör, välfärdsaktör, demokratiaktör, arbetsgivaraktör).
 */
public enum ActorRole {
	SAMHALLSAKTOR, VALFARDSAKTOR, DEMOKRATIAKTOR, ARBETSGIVARAKTOR;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static ActorRole ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}
}
