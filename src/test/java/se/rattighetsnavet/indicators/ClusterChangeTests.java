package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;

class ClusterChangeTests {

	@Test
	void blanksAreClearedAndCodesTidied() {
		ClusterChange change = new ClusterChange(10, "  ", " Varför ", List.of(" R1 ", "", "R1", "R2"), null);
		assertThat(change.areaHeading()).isNull();
		assertThat(change.whyItMatters()).isEqualTo("Varför");
		assertThat(change.recommendationCodes()).containsExactly("R1", "R2");
		assertThat(change.criteriaCodes()).isEmpty();
		change.validate();
	}

	@Test
	void everyBrokenRuleIsNamed() {
		ClusterChange change = new ClusterChange(-1, "x".repeat(201), "y".repeat(4001), List.of("inte en kod"), List.of("ok", "!"));
		assertThatThrownBy(change::validate).isInstanceOfSatisfying(FieldErrors.class, errors -> assertThat(errors.errors())
			.extracting(FieldErrors.FieldError::field)
			.containsExactly("position", "areaHeading", "whyItMatters", "recommendationCodes", "criteriaCodes"));
	}
}
