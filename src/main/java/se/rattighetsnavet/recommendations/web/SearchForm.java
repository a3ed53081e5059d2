package se.rattighetsnavet.recommendations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import se.rattighetsnavet.recommendations.RecommendationQuery;

/**
 * The search page's request parameters, named like the facets.
 */
record SearchForm(RecommendationQuery query, Map<String, String> selected) {

	static final int PAGE_SIZE = 20;

	static SearchForm from(HttpServletRequest request) {
		Map<String, String> selected = new LinkedHashMap<>();
		for (String name : new String[] { "q", "body", "state", "session", "response", "theme", "group", "sdg", "municipalRole",
				"relevance", "sort" }) {
			String value = request.getParameter(name);
			selected.put(name, value == null ? "" : value.trim());
		}
		Integer sdg = null;
		try {
			sdg = selected.get("sdg").isEmpty() ? null : Integer.valueOf(selected.get("sdg"));
		}
		catch (NumberFormatException ex) {
			selected.put("sdg", "");
		}
		RecommendationQuery.Sort sort = RecommendationQuery.Sort.RELEVANCE;
		try {
			sort = selected.get("sort").isEmpty() ? sort : RecommendationQuery.Sort.valueOf(selected.get("sort"));
		}
		catch (IllegalArgumentException ex) {
			selected.put("sort", "");
		}
		int page = 0;
		try {
			page = Integer.parseInt(String.valueOf(request.getParameter("page")));
		}
		catch (NumberFormatException ex) {
			page = 0;
		}
		RecommendationQuery query = new RecommendationQuery(selected.get("q"), selected.get("state"), selected.get("body"),
				selected.get("session"), selected.get("response"), selected.get("theme"), selected.get("group"), sdg,
				selected.get("municipalRole"), selected.get("relevance"), sort, page, PAGE_SIZE);
		return new SearchForm(query, selected);
	}
}
