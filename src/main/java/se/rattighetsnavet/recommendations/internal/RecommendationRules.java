package se.rattighetsnavet.recommendations.internal;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

/**
 * What a hand-entered recommendation must hold.
 */
final class RecommendationRules {

	private RecommendationRules() {
	}

	static void check(RecommendationChange change) {
		check(change, null);
	}

	/**
	 * @param previousBody the body the recommendation had before the change (null for a new one): an imported body outside
	 * the known list may stay, but a new choice must be one of {@link Recommendation#KNOWN_BODIES}
	 */
	static void check(RecommendationChange change, String previousBody) {
		FieldErrors errors = new FieldErrors();
		if (change.body() == null || change.body().isBlank()) {
			errors.add("body", "recommendations.validation.required");
		}
		else if (!Recommendation.KNOWN_BODIES.contains(change.body()) && !change.body().equals(previousBody)) {
			errors.add("body", "recommendations.validation.body");
		}
		if (change.state() == null || change.state().isBlank()) {
			errors.add("state", "recommendations.validation.required");
		}
		if (change.text() == null || change.text().isBlank()) {
			errors.add("text", "recommendations.validation.required");
		}
		if (change.sdgGoals().stream().anyMatch(goal -> goal < 1 || goal > 17)) {
			errors.add("sdgGoals", "recommendations.validation.sdgGoal");
		}
		if (change.sdgTargets().stream().anyMatch(target -> SdgReference.load().target(target).isEmpty())) {
			errors.add("sdgTargets", "recommendations.validation.sdgTarget");
		}
		for (String role : change.municipalRoles()) {
			try {
				Recommendation.MunicipalRole.valueOf(role);
			}
			catch (IllegalArgumentException ex) {
				errors.add("municipalRoles", "recommendations.validation.municipalRole");
			}
		}
		if (change.relevance() != null && change.relevance() != Recommendation.Relevance.YES
				&& (change.relevanceReason() == null || change.relevanceReason().isBlank())) {
			errors.add("relevanceReason", "recommendations.validation.relevanceReason");
		}
		errors.throwIfAny();
	}
}
