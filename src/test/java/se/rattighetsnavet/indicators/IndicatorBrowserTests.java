package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class IndicatorBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theProgrammeOfficeImportsAFileAndCuratesTheCluster() {
		signIn(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);
		open("/indikatorer/import");
		assertAccessible();
		find("#file").sendKeys(Path.of("src/main/resources/reference/kolada/kolada_N05815_by_geo_year.csv").toAbsolutePath().toString());
		new org.openqa.selenium.support.ui.Select(find("#format")).selectByValue("csv");
		find("main form.stacked-form button[type=submit]").click();
		waiting().until(driver -> !driver.getCurrentUrl().endsWith("/indikatorer/import"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/indikatorer/import/[0-9a-f-]{36}$"));
		waiting().until(driver -> find("#report").getText().contains("Klar"));
		assertThat(find("#report").getText()).contains("Oförändrade");
		assertAccessible();
		screenshot("indicators-import-report");
		open("/indikatorer/kluster");
		assertAccessible();
		open("/indikatorer/kluster/N05401");
		assertThat(find("#position").getAttribute("value")).as("the entry's form, not an error page").isNotBlank();
		assertAccessible();
		screenshot("indicators-cluster-entry");
	}

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
