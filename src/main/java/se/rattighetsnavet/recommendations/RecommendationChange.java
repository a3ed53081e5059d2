package se.rattighetsnavet.recommendations;

import java.time.LocalDate;
import java.util.List;

/**
 * What the programme office enters or edits by hand.
 */
public record RecommendationChange(String body, String symbol, LocalDate documentDate, String session, String cycle, String state,
		List<String> recommendingStates, String text, String response, List<String> themes, List<String> groups,
		List<String> sdgTargets, List<Integer> sdgGoals, List<String> municipalRoles, Recommendation.Relevance relevance,
		String relevanceReason, String summarySv, boolean published) {

	public RecommendationChange {
		recommendingStates = recommendingStates == null ? List.of() : List.copyOf(recommendingStates);
		themes = themes == null ? List.of() : List.copyOf(themes);
		groups = groups == null ? List.of() : List.copyOf(groups);
		sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
		sdgGoals = sdgGoals == null ? List.of() : List.copyOf(sdgGoals);
		municipalRoles = municipalRoles == null ? List.of() : List.copyOf(municipalRoles);
	}
}
