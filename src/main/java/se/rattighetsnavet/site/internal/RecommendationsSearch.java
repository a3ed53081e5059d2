package se.rattighetsnavet.site.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationManagement;
import se.rattighetsnavet.recommendations.RecommendationPage;
import se.rattighetsnavet.recommendations.RecommendationQuery;
import se.rattighetsnavet.site.SearchContributor;
import se.rattighetsnavet.site.SearchHit;

/**
 * Published recommendations of the international monitoring bodies, by the register's full-text search.
 */
@Component
class RecommendationsSearch implements SearchContributor {

	private static final int SUMMARY_LENGTH = 240;

	private final RecommendationManagement recommendations;

	RecommendationsSearch(RecommendationManagement recommendations) {
		this.recommendations = recommendations;
	}

	@Override
	public String groupKey() {
		return "search.group.recommendations";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		RecommendationQuery search = new RecommendationQuery(query, null, null, null, null, null, null, null, null, null,
				RecommendationQuery.Sort.RELEVANCE, 0, limit);
		return recommendations.search(search).items().stream()
			.map(RecommendationPage.Hit::recommendation)
			// the programme office's drafts never reach the public search, whoever searches
			.filter(Recommendation::published)
			.map(RecommendationsSearch::hit)
			.toList();
	}

	private static SearchHit hit(Recommendation recommendation) {
		String title = recommendation.body() + " " + (recommendation.session() == null ? "" : recommendation.session() + " ")
				+ "– " + recommendation.state();
		return new SearchHit("search.kind.recommendation", title.trim(), shorten(recommendation.text()),
				"/rekommendationer/" + recommendation.id());
	}

	private static String shorten(String text) {
		return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "…";
	}
}
