package se.rattighetsnavet.recommendations;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facet counts of the whole result set.
 */
public record RecommendationPage(List<Hit> items, long total, int page, int size, Map<String, List<FacetValue>> facets) {

	/** A recommendation found, with a highlighted snippet when the search had words ({@code <mark>} around matches). */
	public record Hit(Recommendation recommendation, String snippet) {
	}

	public record FacetValue(String value, long count) {
	}
}
