package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.indicators.internal.ProfileService;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;

@IntegrationTest
class IndicatorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ProfileService profiles;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void everyMunicipalityShowsTheClustersRealSeries() {
		for (Organisation municipality : organisations.all(OrganisationType.KOMMUN)) {
			Profile profile = profiles.profile(municipality.code());
			assertThat(profile.rows()).as(municipality.code()).extracting(row -> row.entry().kpi().id()).contains("N05401", "N05815");
			ProfileRow turnout = profile.rows().stream().filter(r -> r.entry().kpi().id().equals("N05401")).findFirst().orElseThrow();
			assertThat(turnout.year()).isEqualTo(2022);
			assertThat(turnout.riket()).isNotNull();
			if (turnout.hasValue()) {
				assertThat(turnout.rank()).isBetween(1, 290);
			}
			else {
				// Kolada has a row but no value (e.g. Klippan 2022): shown as such, never ranked
				assertThat(turnout.rank()).isNull();
			}
			assertThat(profile.withoutData()).isNotEmpty();
		}
	}

	@Test
	void aMissingValueIsShownAsNoValue() {
		assertThat(new ApiClient(port).get("/indikatorer/organisation/1276").text()).contains("Inget värde");
	}

	@Test
	void theProfilePageShowsValuesRankAndTheHonestGaps() {
		ApiClient.Response page = new ApiClient(port).get("/indikatorer/organisation/0180");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Indikatorer för Stockholms kommun").contains("N05401").contains(" av 290")
			.contains("Källa: Kolada").contains("indikatorer utan värden");
		assertThat(new ApiClient(port).get("/indikatorer/organisation/9999").status()).isEqualTo(404);
		assertThat(new ApiClient(port).get("/indikatorer/organisation/SKR").status()).isEqualTo(404);
		assertThat(new ApiClient(port).get("/indikatorer/organisation/0180?lang=en").text()).contains("Indicators for");
	}

	@Test
	void theKpiPageHasAChartWithItsTable() {
		String page = new ApiClient(port).get("/indikatorer/nyckeltal/N05401?kommun=0180").text();
		assertThat(page).contains("data-chart-source=\"#series-table\"").contains("id=\"series-table\"").contains("Riket")
			.contains("Region Stockholm").contains("Regionerna 2022");
		assertThat(new ApiClient(port).get("/indikatorer/nyckeltal/NOPE").status()).isEqualTo(404);
	}

	@Test
	void upToFiveOrganisationsCanBeComparedAndExported() throws Exception {
		String page = new ApiClient(port).get("/indikatorer/jamfor?org=0180&org=1480&org=0001").text();
		assertThat(page).contains("Göteborgs kommun").contains("Region Stockholm");
		String tooMany = new ApiClient(port).get("/indikatorer/jamfor?org=0180&org=1480&org=1280&org=0380&org=0580&org=0680").text();
		assertThat(tooMany).contains("högst 5");

		ApiClient.Response csv = new ApiClient(port).get("/indikatorer/jamfor/export?org=0180&org=1480&format=csv");
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("N05401").contains("Källa: Kolada");
		ApiClient.Response xlsx = new ApiClient(port).get("/indikatorer/organisation/0180/export?format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("kpi");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(2);
		}
		assertThat(new ApiClient(port).get("/indikatorer/nyckeltal/N05401/export?kommun=0180").text()).contains("Stockholms kommun");
	}
}
