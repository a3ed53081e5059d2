package se.rattighetsnavet.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PeerSliceTests {

	private final PeerSlice slice = PeerSlice.of(Map.of("0000", 99.0, "0180", 10.0, "1480", 30.0, "0114", 20.0, "0115", 30.0,
			"0001", 5.0, "0014", 7.0));

	@Test
	void ranksAmongMunicipalitiesWithTiesSharingTheHigherRank() {
		assertThat(slice.figures(30.0, false, List.of())).isEqualTo(new PeerSlice.Figures(1, 4, null, 0));
		assertThat(slice.figures(20.0, false, List.of())).isEqualTo(new PeerSlice.Figures(3, 4, null, 0));
		assertThat(slice.figures(10.0, false, List.of())).isEqualTo(new PeerSlice.Figures(4, 4, null, 0));
	}

	@Test
	void ranksRegionsOnlyAmongRegionsAndLeavesRiketOut() {
		assertThat(slice.figures(5.0, true, List.of("0014"))).isEqualTo(new PeerSlice.Figures(2, 2, 7.0, 1));
	}

	@Test
	void similarMeanCountsOnlyBandMembersWithAValue() {
		assertThat(slice.figures(10.0, false, List.of("0114", "0115", "9999")))
			.isEqualTo(new PeerSlice.Figures(4, 4, 25.0, 2));
	}
}
