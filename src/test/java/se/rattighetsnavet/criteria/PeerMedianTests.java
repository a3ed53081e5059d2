package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeerMedianTests {

	@Test
	void noMedianWithFewerThanFiveContributors() {
		assertThat(PeerMedian.of(scores("1", "2", "3", "4"))).isEmpty();
	}

	@Test
	void theMedianOfAnOddNumberIsTheMiddleScore() {
		PeerMedian median = PeerMedian.of(scores("4", "1", "3", "2", "0")).orElseThrow();
		assertThat(median.median()).isEqualByComparingTo("2");
		assertThat(median.contributors()).isEqualTo(5);
	}

	@Test
	void theMedianOfAnEvenNumberIsTheMeanOfTheTwoMiddleScores() {
		assertThat(PeerMedian.of(scores("1", "1", "1", "2", "2", "2")).orElseThrow().median()).isEqualByComparingTo("1.5");
		assertThat(PeerMedian.of(scores("1", "1", "1.5", "2.5", "3", "3")).orElseThrow().median()).isEqualByComparingTo("2.0");
	}

	@Test
	void aCommitmentsScoreIsTheMeanOfItsRolesToOneDecimal() {
		assertThat(PeerMedian.score(List.of(MaturityLevel.INTEGRERAT_OCH_UPPFOLJT, MaturityLevel.PLANERAT, MaturityLevel.PLANERAT,
				MaturityLevel.PLANERAT))).isEqualByComparingTo("1.8");
	}

	private static List<BigDecimal> scores(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}
}
