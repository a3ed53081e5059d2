package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.BrowserTest;

class IndicatorBrowserTests extends BrowserTest {

	@Test
	void theProfilePageIsAccessible() {
		open("/indikatorer/organisation/0180");
		assertThat(find("h1").getText()).contains("Stockholms kommun");
		assertThat(find("#profile-table").getText()).contains("N05401");
		assertAccessible();
		screenshot("indicators-profile");
	}

	@Test
	void theKpiPageWithItsChartIsAccessible() {
		open("/indikatorer/nyckeltal/N05401?kommun=1480");
		waiting().until(driver -> find("#series-chart").getAttribute("data-drawn") != null);
		assertAccessible();
		screenshot("indicators-kpi");
	}

	@Test
	void theOverviewAndComparisonAreAccessible() {
		open("/indikatorer");
		assertAccessible();
		screenshot("indicators-index");
		open("/indikatorer/jamfor?org=0180&org=1480");
		assertAccessible();
		screenshot("indicators-compare");
	}
}
