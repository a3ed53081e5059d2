package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendAndBandTests {

	@Test
	void aTrendNeedsTwoValuesAndIgnoresRoundingNoise() {
		assertThat(Trend.between(null, 3.0)).isEqualTo(Trend.UNKNOWN);
		assertThat(Trend.between(3.0, null)).isEqualTo(Trend.UNKNOWN);
		assertThat(Trend.between(80.0, 82.0)).isEqualTo(Trend.UP);
		assertThat(Trend.between(80.0, 78.0)).isEqualTo(Trend.DOWN);
		assertThat(Trend.between(80.0, 80.3)).isEqualTo(Trend.UNCHANGED);
		assertThat(Trend.between(0.0, 0.0)).isEqualTo(Trend.UNCHANGED);
		assertThat(Trend.between(0.0, 0.1)).isEqualTo(Trend.UP);
	}

	@Test
	void municipalitiesAndRegionsHaveTheirOwnBands() {
		assertThat(PopulationBand.of(9_999, false)).isEqualTo(PopulationBand.MUNICIPALITY_UNDER_10K);
		assertThat(PopulationBand.of(10_000, false)).isEqualTo(PopulationBand.MUNICIPALITY_10K_25K);
		assertThat(PopulationBand.of(984_748, false)).isEqualTo(PopulationBand.MUNICIPALITY_200K_PLUS);
		assertThat(PopulationBand.of(250_000, true)).isEqualTo(PopulationBand.REGION_UNDER_300K);
		assertThat(PopulationBand.of(2_415_139, true)).isEqualTo(PopulationBand.REGION_1M_PLUS);
		assertThat(PopulationBand.of(null, false)).isNull();
		assertThat(PopulationBand.MUNICIPALITY_25K_50K.contains(25_000)).isTrue();
		assertThat(PopulationBand.MUNICIPALITY_25K_50K.contains(50_000)).isFalse();
	}
}
