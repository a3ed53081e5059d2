package se.rattighetsnavet.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.FollowUp;
import se.rattighetsnavet.recommendations.Recommendation.Relevance;
import se.rattighetsnavet.recommendations.RecommendationChange;

class RulesTests {

	private static RecommendationChange change(List<Integer> goals, List<String> targets, List<String> roles, Relevance relevance,
			String reason) {
		return new RecommendationChange("CRC", null, null, null, null, "Sweden", null, "Text", null, null, null, targets, goals, roles,
				relevance, reason, null, true);
	}

	@Test
	void aRecommendationNeedsBodyStateTextAndValidTags() {
		assertThatCode(() -> RecommendationRules.check(change(List.of(4), List.of("4.5"), List.of("WELFARE"), Relevance.YES, null)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> RecommendationRules.check(change(List.of(18), List.of("4.99"), List.of("MAYOR"), null, null)))
			.isInstanceOfSatisfying(FieldErrors.class, errors -> assertThat(errors.errors()).extracting(FieldErrors.FieldError::field)
				.containsExactly("sdgGoals", "sdgTargets", "municipalRoles"));
		assertThatThrownBy(() -> RecommendationRules.check(change(List.of(), List.of(), List.of(), Relevance.PARTLY, " ")))
			.isInstanceOf(FieldErrors.class);
	}

	@Test
	void aNewBodyMustBeAKnownMonitoringBodyButAnImportedOneMayStay() {
		RecommendationChange other = new RecommendationChange("Special Rapporteur on housing", null, null, null, null, "Sweden", null,
				"Text", null, null, null, null, null, null, null, null, null, true);
		assertThatThrownBy(() -> RecommendationRules.check(other))
			.isInstanceOfSatisfying(FieldErrors.class, errors -> assertThat(errors.errors()).extracting(FieldErrors.FieldError::field)
				.containsExactly("body"));
		assertThatCode(() -> RecommendationRules.check(other, "Special Rapporteur on housing")).doesNotThrowAnyException();
		assertThatThrownBy(() -> RecommendationRules.check(other, "CRC")).isInstanceOf(FieldErrors.class);
	}

	@Test
	void followUpNeedsAStatusAndAWebAddress() {
		assertThatCode(() -> FollowUpRules.check(FollowUp.Status.DONE, "https://www.malmo.se/plan")).doesNotThrowAnyException();
		assertThatCode(() -> FollowUpRules.check(FollowUp.Status.DONE, null)).doesNotThrowAnyException();
		assertThatThrownBy(() -> FollowUpRules.check(FollowUp.Status.DONE, "javascript:alert(1)")).isInstanceOf(FieldErrors.class);
		assertThatThrownBy(() -> FollowUpRules.check(null, null)).isInstanceOf(FieldErrors.class);
	}

	@Test
	void suggestionsFindGoalsAndGroupsInTypicalWording() {
		SdgSuggester suggester = new SdgSuggester(SdgReference.load());
		assertThat(suggester.suggest("Combat domestic violence against women and girls")).contains(5);
		assertThat(suggester.suggest("Ensure access to education for all children, including Roma children")).contains(4);
		assertThat(suggester.suggest("Establish a national human rights institution in line with the Paris Principles")).contains(16);
		assertThat(new GroupSuggester().suggest("Protect the rights of persons with disabilities and older persons"))
			.containsExactly("Persons with disabilities", "Older persons");
	}
}
