package se.rattighetsnavet.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KoladaSyncPlanTests {

	@Test
	void atMost25IdsGoInOnePathSegment() {
		List<String> kpis = IntStream.range(0, 30).mapToObj(i -> "N%05d".formatted(i)).toList();
		KoladaSyncPlan plan = new KoladaSyncPlan("https://api.kolada.se/v3/", kpis, List.of(), List.of(2021, 2022),
				LocalDate.of(2024, 1, 31));
		assertThat(plan.dataUrls()).hasSize(2);
		assertThat(plan.dataUrls().get(0)).startsWith("https://api.kolada.se/v3/data/kpi/N00000,N00001,")
			.endsWith("/year/2021,2022?per_page=5000&from_date=2024-01-31");
		assertThat(plan.dataUrls().get(0).split("/data/kpi/")[1].split("/")[0].split(",")).hasSize(25);
		assertThat(plan.kpiUrls()).hasSize(2);
		assertThat(plan.kpiUrls().get(1)).isEqualTo("https://api.kolada.se/v3/kpi?id=N00025,N00026,N00027,N00028,N00029&per_page=5000");
	}

	@Test
	void municipalitiesSplitToo() {
		List<String> municipalities = IntStream.range(0, 26).mapToObj(i -> "%04d".formatted(i + 100)).toList();
		KoladaSyncPlan plan = new KoladaSyncPlan("http://localhost:1", List.of("N05401"), municipalities, List.of(), null);
		assertThat(plan.dataUrls()).hasSize(2);
		assertThat(plan.dataUrls().get(1)).isEqualTo("http://localhost:1/data/kpi/N05401/municipality/0125?per_page=5000");
	}
}
