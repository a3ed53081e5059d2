package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

/**
 * How suggested SDG goals and affected groups become confirmed tags: a person picks among the open suggestions, the
 * picked ones join the confirmed tags, and a confirmed tag is never suggested again.
 */
final class Suggestions {

	private Suggestions() {
	}

	/** The suggestions still open once the confirmed tags are taken out, in their order. */
	static <T> List<T> open(List<T> suggested, List<T> confirmed) {
		return suggested.stream().filter(item -> !confirmed.contains(item)).distinct().toList();
	}

	/**
	 * The recommendation as a change with the chosen suggestions added to its confirmed goals and groups.
	 * Refuses an empty choice and anything that is not an open suggestion.
	 */
	static RecommendationChange confirm(Recommendation recommendation, List<Integer> goals, List<String> groups) {
		FieldErrors errors = new FieldErrors();
		if (goals.isEmpty() && groups.isEmpty()) {
			errors.add("suggestions", "recommendations.suggestions.none");
		}
		if (!open(recommendation.suggestedSdgGoals(), recommendation.sdgGoals()).containsAll(goals)) {
			errors.add("suggestedSdgGoals", "recommendations.suggestions.unknown");
		}
		if (!open(recommendation.suggestedGroups(), recommendation.groups()).containsAll(groups)) {
			errors.add("suggestedGroups", "recommendations.suggestions.unknown");
		}
		errors.throwIfAny();
		return changeOf(recommendation, union(recommendation.sdgGoals(), goals), union(recommendation.groups(), groups));
	}

	/** Everything a person may edit of the recommendation, with the given confirmed goals and groups. */
	static RecommendationChange changeOf(Recommendation r, List<Integer> sdgGoals, List<String> groups) {
		return new RecommendationChange(r.body(), r.symbol(), r.documentDate(), r.session(), r.cycle(), r.state(),
				r.recommendingStates(), r.text(), r.response(), r.themes(), groups, r.sdgTargets(), sdgGoals, r.municipalRoles(),
				r.relevance(), r.relevanceReason(), r.summarySv(), r.published());
	}

	private static <T> List<T> union(List<T> first, List<T> second) {
		LinkedHashSet<T> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return new ArrayList<>(all);
	}
}
