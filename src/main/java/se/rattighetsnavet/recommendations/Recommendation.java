package se.rattighetsnavet.recommendations;

import java.time.LocalDate;
import java.util.List;

/**
 * One recommendation of a monitoring body to a State, with its tags.
 */
public record Recommendation(long id, String source, String body, String symbol, LocalDate documentDate, String session,
		String cycle, String state, List<String> recommendingStates, String text, String response, Integer actionCategory,
		List<String> themes, List<String> groups, List<String> suggestedGroups, List<String> sdgTargets, List<Integer> sdgGoals,
		List<Integer> suggestedSdgGoals, List<String> municipalRoles, Relevance relevance, String relevanceReason, String summarySv,
		boolean published, int version) {

	/**
	 * The monitoring bodies a recommendation may be entered for by hand: the Universal Periodic Review, the UN treaty
	 * bodies and the Council of Europe's monitoring bodies. Imports may bring others, which stay as they came.
	 */
	public static final List<String> KNOWN_BODIES = List.of("UPR", "CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW",
			"CRPD", "CED", "ECRI", "FCNM", "ESC", "GREVIO", "GRETA", "CPT", "COMMDH");

	/** Relevance for municipalities and regions. */
	public enum Relevance {
		YES, PARTLY, NO
	}

	/** The roles of a municipality or region a recommendation may concern. */
	public enum MunicipalRole {
		SOCIETY, WELFARE, DEMOCRACY, EMPLOYER
	}
}
