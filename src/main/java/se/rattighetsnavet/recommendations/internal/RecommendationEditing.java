package se.rattighetsnavet.recommendations.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

/**
 * The programme office's hand entry and editing of recommendations, including the confirmation of suggested tags.
 * Runs inside the transaction of {@link RecommendationService}; every write is audited and optimistically locked.
 */
@Component
class RecommendationEditing {

	private final Recommendations recommendations;
	private final FacetIndex facetIndex;
	private final AuditLog auditLog;
	private final TextSuggester suggester;

	RecommendationEditing(Recommendations recommendations, FacetIndex facetIndex, AuditLog auditLog, TextSuggester suggester) {
		this.recommendations = recommendations;
		this.facetIndex = facetIndex;
		this.auditLog = auditLog;
		this.suggester = suggester;
	}

	void check(Long id, RecommendationChange change) {
		requireOffice();
		RecommendationRules.check(change, id == null ? null : find(id).body());
	}

	Recommendation create(RecommendationChange change) {
		requireOffice();
		RecommendationRules.check(change);
		long id = recommendations.insert("manual:" + UUID.randomUUID(), change);
		recommendations.update(id, change, 0);
		TextSuggester.Suggested suggested = suggester.suggest(change.text());
		recommendations.suggest(id, Suggestions.open(suggested.goals(), change.sdgGoals()),
				Suggestions.open(suggested.groups(), change.groups()));
		facetIndex.changed();
		Recommendation created = find(id);
		auditLog.record("create", RecommendationService.ENTITY, id, null, created);
		return created;
	}

	Recommendation update(long id, RecommendationChange change, int expectedVersion) {
		requireOffice();
		return save("update", find(id), change, expectedVersion);
	}

	Recommendation confirmSuggestions(long id, List<Integer> goals, List<String> groups, int expectedVersion) {
		requireOffice();
		Recommendation before = find(id);
		if (before.version() != expectedVersion) {
			// what was suggested may have changed meanwhile: judge the choice only against what the person saw
			throw new ConcurrentEditException(RecommendationService.ENTITY, id);
		}
		return save("confirmSuggestions", before, Suggestions.confirm(before, goals, groups), expectedVersion);
	}

	private Recommendation save(String action, Recommendation before, RecommendationChange change, int expectedVersion) {
		RecommendationRules.check(change, before.body());
		if (!recommendations.update(before.id(), change, expectedVersion)) {
			throw new ConcurrentEditException(RecommendationService.ENTITY, before.id());
		}
		List<Integer> goals = before.suggestedSdgGoals();
		List<String> groups = before.suggestedGroups();
		if (!change.text().equals(before.text())) {
			TextSuggester.Suggested suggested = suggester.suggest(change.text());
			goals = suggested.goals();
			groups = suggested.groups();
		}
		recommendations.suggest(before.id(), Suggestions.open(goals, change.sdgGoals()), Suggestions.open(groups, change.groups()));
		facetIndex.changed();
		Recommendation after = find(before.id());
		auditLog.record(action, RecommendationService.ENTITY, before.id(), before, after);
		return after;
	}

	private Recommendation find(long id) {
		return recommendations.find(id).orElseThrow(() -> new NotFoundException(RecommendationService.ENTITY, id));
	}

	private static void requireOffice() {
		Actors.require(RecommendationService.isOffice(Actors.current()));
	}
}
