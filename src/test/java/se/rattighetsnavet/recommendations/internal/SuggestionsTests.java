package se.rattighetsnavet.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

class SuggestionsTests {

	private static Recommendation recommendation(List<Integer> goals, List<Integer> suggestedGoals, List<String> groups,
			List<String> suggestedGroups) {
		return new Recommendation(7, "manual", "CRC", null, null, null, null, "Sweden", List.of(), "Ensure education for Roma children",
				null, null, List.of("Education"), groups, suggestedGroups, List.of("4.5"), goals, suggestedGoals, List.of("WELFARE"),
				Recommendation.Relevance.YES, null, "Utbildning", true, 3);
	}

	@Test
	void confirmedSuggestionsJoinTheConfirmedTagsAndTheRestOfTheRecommendationStays() {
		Recommendation before = recommendation(List.of(10), List.of(4, 16), List.of("Roma"), List.of("Children", "Minorities"));
		RecommendationChange change = Suggestions.confirm(before, List.of(4), List.of("Children"));
		assertThat(change.sdgGoals()).containsExactly(10, 4);
		assertThat(change.groups()).containsExactly("Roma", "Children");
		assertThat(change.text()).isEqualTo(before.text());
		assertThat(change.sdgTargets()).containsExactly("4.5");
		assertThat(change.municipalRoles()).containsExactly("WELFARE");
		assertThat(change.published()).isTrue();
	}

	@Test
	void aConfirmedTagIsNoLongerASuggestion() {
		assertThat(Suggestions.open(List.of(4, 16, 5), List.of(16))).containsExactly(4, 5);
		assertThat(Suggestions.open(List.of("Children"), List.of("Children"))).isEmpty();
	}

	@Test
	void onlyOpenSuggestionsCanBeConfirmedAndSomethingMustBeChosen() {
		Recommendation before = recommendation(List.of(4), List.of(16), List.of(), List.of("Children"));
		assertThatThrownBy(() -> Suggestions.confirm(before, List.of(), List.of()))
			.isInstanceOfSatisfying(FieldErrors.class, errors -> assertThat(errors.errors()).extracting(FieldErrors.FieldError::field)
				.containsExactly("suggestions"));
		assertThatThrownBy(() -> Suggestions.confirm(before, List.of(4, 3), List.of("Older persons")))
			.isInstanceOfSatisfying(FieldErrors.class, errors -> assertThat(errors.errors()).extracting(FieldErrors.FieldError::field)
				.containsExactly("suggestedSdgGoals", "suggestedGroups"));
	}
}
