package se.rattighetsnavet.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

class RecommendationFormTests {

	private static RecommendationForm form(String date, List<String> goals, String relevance) {
		return new RecommendationForm("CRC", " CRC/C/SWE/CO/6-7 ", date, "", "", "Sweden", "Norway, Finland,, ",
				"Ensure education", "Accepted", "Education\r\nDisabilities\r\n", "Children\nMigrants, refugees and asylum seekers",
				"4.5, 16.10;5.1", goals, List.of("WELFARE"), relevance, "", "", true, "3");
	}

	@Test
	void readsEveryFieldAsTyped() {
		RecommendationForm.Parsed parsed = form("2023-02-06", List.of("4", "16"), "PARTLY").parse();
		assertThat(parsed.errors().isEmpty()).isTrue();
		RecommendationChange change = parsed.change();
		assertThat(change.symbol()).isEqualTo("CRC/C/SWE/CO/6-7");
		assertThat(change.documentDate()).isEqualTo(LocalDate.of(2023, 2, 6));
		assertThat(change.session()).isNull();
		assertThat(change.recommendingStates()).containsExactly("Norway", "Finland");
		assertThat(change.themes()).containsExactly("Education", "Disabilities");
		assertThat(change.groups()).containsExactly("Children", "Migrants, refugees and asylum seekers");
		assertThat(change.sdgTargets()).containsExactly("4.5", "16.10", "5.1");
		assertThat(change.sdgGoals()).containsExactly(4, 16);
		assertThat(change.relevance()).isEqualTo(Recommendation.Relevance.PARTLY);
		assertThat(change.relevanceReason()).isNull();
		assertThat(change.published()).isTrue();
	}

	@Test
	void namesTheValuesItCannotReadInsteadOfFailing() {
		RecommendationForm.Parsed parsed = form("6 februari", List.of("x"), "MAYBE").parse();
		assertThat(parsed.errors().errors()).extracting(FieldErrors.FieldError::field)
			.containsExactly("documentDate", "sdgGoals", "relevance");
		assertThat(parsed.change().documentDate()).isNull();
	}

	@Test
	void showsARecommendationAsItWouldBeTyped() {
		Recommendation r = new Recommendation(1, "manual", "UPR", null, LocalDate.of(2020, 1, 2), "35", "3", "Sweden",
				List.of("Norway", "Chile"), "Text", null, null, List.of("A", "B"), List.of(), List.of(), List.of("5.1"), List.of(5),
				List.of(), List.of(), null, null, null, false, 4);
		RecommendationForm form = RecommendationForm.of(r);
		assertThat(form.documentDate()).isEqualTo("2020-01-02");
		assertThat(form.recommendingStates()).isEqualTo("Norway, Chile");
		assertThat(form.themes()).isEqualTo("A\nB");
		assertThat(form.hasGoal(5)).isTrue();
		assertThat(form.expectedVersion()).isEqualTo(4);
		assertThat(form.parse().change().recommendingStates()).containsExactly("Norway", "Chile");
	}
}
