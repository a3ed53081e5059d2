package se.rattighetsnavet.recommendations;

/**
 * A search of the register; every filter is optional and filters combine with AND.
 */
public record RecommendationQuery(String text, String state, String body, String session, String response, String theme,
		String group, Integer sdgGoal, String municipalRole, String relevance, Sort sort, int page, int size) {

	public enum Sort {
		RELEVANCE, STATE, SESSION, NEWEST
	}

	public RecommendationQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, 200);
		sort = sort == null ? Sort.RELEVANCE : sort;
		text = blankToNull(text);
		state = blankToNull(state);
		body = blankToNull(body);
		session = blankToNull(session);
		response = blankToNull(response);
		theme = blankToNull(theme);
		group = blankToNull(group);
		municipalRole = blankToNull(municipalRole);
		relevance = blankToNull(relevance);
	}

	public static RecommendationQuery all() {
		return new RecommendationQuery(null, null, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 20);
	}

	public RecommendationQuery withPage(int newPage, int newSize) {
		return new RecommendationQuery(text, state, body, session, response, theme, group, sdgGoal, municipalRole, relevance, sort,
				newPage, newSize);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
