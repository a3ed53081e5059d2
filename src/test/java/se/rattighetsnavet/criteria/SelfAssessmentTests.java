package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.FieldErrors;

class SelfAssessmentTests {

	@Test
	void aNewYearStartsEmptyWithAllTwentyFourCells() {
		SelfAssessment fresh = SelfAssessment.start("0180", 2024, 1, null);
		assertThat(fresh.cells()).hasSize(24).noneMatch(AssessmentCell::isAnswered);
		assertThat(fresh.status()).isEqualTo(SelfAssessment.Status.DRAFT);
	}

	@Test
	void aNewYearIsPrefilledFromTheLastSubmittedOne() {
		SelfAssessment last = complete(MaturityLevel.ETABLERAT).submit(Instant.EPOCH);
		SelfAssessment next = SelfAssessment.start("0180", 2025, 2, last);
		assertThat(next.year()).isEqualTo(2025);
		assertThat(next.criteriaVersion()).isEqualTo(2);
		assertThat(next.status()).isEqualTo(SelfAssessment.Status.DRAFT);
		assertThat(next.cell(Commitment.AVTAL, ActorRole.ARBETSGIVARAKTOR).level()).isEqualTo(MaturityLevel.ETABLERAT);
	}

	@Test
	void submittingNeedsALevelInEveryCellAndNamesTheMissingOnes() {
		SelfAssessment partial = SelfAssessment.start("0180", 2024, 1, null).withAnswers(List.of(answer(Commitment.KUNSKAP,
				ActorRole.SAMHALLSAKTOR, MaturityLevel.PLANERAT)));
		assertThatThrownBy(() -> partial.submit(Instant.EPOCH)).isInstanceOfSatisfying(FieldErrors.class,
				errors -> assertThat(errors.errors()).hasSize(23)
					.extracting(FieldErrors.FieldError::field).contains("level-avtal-arbetsgivaraktor")
					.doesNotContain("level-kunskap-samhallsaktor"));
	}

	@Test
	void aSubmittedYearRefusesChanges() {
		SelfAssessment submitted = complete(MaturityLevel.PABORJAT).submit(Instant.EPOCH);
		assertThat(submitted.isSubmitted()).isTrue();
		assertThatThrownBy(() -> submitted.withAnswers(List.of())).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> submitted.submit(Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void answersReplaceOnlyTheCellsGiven() {
		SelfAssessment draft = complete(MaturityLevel.PLANERAT)
			.withAnswers(List.of(answer(Commitment.DILEMMAN, ActorRole.DEMOKRATIAKTOR, MaturityLevel.INTEGRERAT_OCH_UPPFOLJT)));
		assertThat(draft.cell(Commitment.DILEMMAN, ActorRole.DEMOKRATIAKTOR).level()).isEqualTo(MaturityLevel.INTEGRERAT_OCH_UPPFOLJT);
		assertThat(draft.cell(Commitment.DILEMMAN, ActorRole.VALFARDSAKTOR).level()).isEqualTo(MaturityLevel.PLANERAT);
	}

	@Test
	void theScaleRunsFromZeroToFour() {
		assertThat(MaturityLevel.of(0)).isEqualTo(MaturityLevel.EJ_PABORJAT);
		assertThat(MaturityLevel.of(4)).isEqualTo(MaturityLevel.INTEGRERAT_OCH_UPPFOLJT);
		assertThatThrownBy(() -> MaturityLevel.of(5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MaturityLevel.of(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void cellsDropEmptyLinksAndTrimText() {
		AssessmentCell cell = new AssessmentCell(Commitment.KUNSKAP, ActorRole.SAMHALLSAKTOR, null, "  text ",
				List.of(" https://a.se ", "", "  "), null, null);
		assertThat(cell.links()).containsExactly("https://a.se");
		assertThat(cell.evidence()).isEqualTo("text");
		assertThat(cell.nextSteps()).isEmpty();
		assertThat(cell.principles()).isEmpty();
	}

	static SelfAssessment complete(MaturityLevel level) {
		SelfAssessment draft = SelfAssessment.start("0180", 2024, 1, null);
		return draft.withAnswers(draft.cells().stream().map(c -> answer(c.commitment(), c.role(), level)).toList());
	}

	static AssessmentCell answer(Commitment commitment, ActorRole role, MaturityLevel level) {
		return new AssessmentCell(commitment, role, level, "", List.of(), "", Set.of(Principle.DELAKTIGHET));
	}
}
