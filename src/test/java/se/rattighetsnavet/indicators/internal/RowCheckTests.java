package se.rattighetsnavet.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RowCheckTests {

	private final RowCheck check = new RowCheck(Set.of("0000", "0180", "0001"), 2026);

	@Test
	void aGoodRowPasses() {
		assertThat(check.refusal(new ValueRow("N05401", "0180", 2022, "T", 84.1, 3, ""), true)).isNull();
		assertThat(check.refusal(new ValueRow("N05401", "0000", 2027, "K", null, null, null), true)).isNull();
	}

	@Test
	void eachBrokenRuleHasItsReason() {
		assertThat(check.refusal(new ValueRow("X1", "0180", 2022, "T", 1.0, null, null), false)).contains("Okänt nyckeltal");
		assertThat(check.refusal(new ValueRow("N1", "9999", 2022, "T", 1.0, null, null), true)).contains("Okänd organisation 9999");
		assertThat(check.refusal(new ValueRow("N1", "0180", 1800, "T", 1.0, null, null), true)).contains("Omöjligt år 1800");
		assertThat(check.refusal(new ValueRow("N1", "0180", 2028, "T", 1.0, null, null), true)).contains("Omöjligt år 2028");
		assertThat(check.refusal(new ValueRow("N1", "0180", 2022, "X", 1.0, null, null), true)).contains("Okänt kön");
		assertThat(check.refusal(new ValueRow("N1", "0180", 2022, "T", Double.NaN, null, null), true)).contains("inget tal");
		assertThat(check.refusal(new ValueRow("N1", "0180", 2022, "T", 1.0, -1, null), true)).contains("Negativt antal");
	}
}
