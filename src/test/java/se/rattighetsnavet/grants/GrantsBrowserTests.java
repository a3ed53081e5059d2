package se.rattighetsnavet.grants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.platform.Role;

class GrantsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	@Test
	void theRequisitionFormIsAccessibleAndShowsErrorsNextToTheFields() {
		long ok2017 = agreements.findByCode("OK2017").orElseThrow().id();
		signIn(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);

		open("/bidrag");
		assertThat(find("h1").getText()).isEqualTo("Statsbidrag");
		assertAccessible();
		screenshot("grants-overview");

		open("/bidrag/rekvisitioner/ny?avtal=" + ok2017);
		assertThat(value("#organisationNumber")).as("pre-filled from SKR").isEqualTo("222000-0315");
		assertThat(value("#recipient")).isEqualTo("Sveriges Kommuner och Regioner");
		assertAccessible();

		type("#organisationNumber", "222000-0316");
		type("#amount", "12,345");
		type("#phone", "12");
		type("#paymentAccount", "5050-1056");
		find("form.grant-form button[type=submit]").click();
		waiting().until(driver -> !findAll(".error-summary").isEmpty());

		assertThat(find("#organisationNumber-error").getText()).contains("organisationsnummer");
		assertThat(find("#amount-error").getText()).contains("högst två decimaler");
		assertThat(find("#phone-error").getText()).contains("riktnummer");
		assertThat(find("#paymentAccount-error").getText()).contains("bankgiro");
		assertThat(find("#amount").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#amount").getAttribute("aria-describedby")).contains("amount-error");
		assertThat(find(".error-summary").getText()).contains("Belopp som rekvireras");
		assertAccessible();
		screenshot("grants-requisition-errors");

		type("#organisationNumber", "222000-0315");
		type("#amount", "234 567,89");
		type("#phone", "08-452 70 00");
		type("#paymentAccount", "5050-1055");
		type("#postalAddress", "118 82 Stockholm");
		type("#agreementFileNumber", "Ku2017/01234/DISK");
		type("#paymentDecisionFileNumber", "Ku2017/05678/DISK");
		find("form.grant-form button[type=submit]").click();
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/bidrag/rekvisitioner/\\d+$"));
		assertThat(find("main").getText()).contains("234 567,89 kr", "Utkast");
		assertAccessible();
		screenshot("grants-requisition-detail");
	}

	@Test
	void aFinancialReportWithAlt2IsWrittenSubmittedAndApprovedInTheBrowser() {
		long ok2014 = agreements.findByCode("OK2014").orElseThrow().id();
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		signIn(accounts.create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);

		open("/bidrag/redovisningar/ny?avtal=" + ok2014 + "&slag=ANNUAL");
		find("#kind-ANNUAL").click();
		type("#year", "2015");
		type("#postalAddress", "118 82 Stockholm");
		type("#phone", "08-452 70 00");
		type("#paymentDecisionFileNumber", "A2015/00001/DISK");
		setDate("#periodFrom", "2015-01-01");
		setDate("#periodTo", "2015-12-31");
		setDate("#cfoDate", "2016-04-20");
		type("#totalPaidOut", "4 000 000");
		type("#grantReceived", "4 000 000");
		type("#costs-0-description", "Utbildning av förtroendevalda");
		type("#costs-0-amount", "3 000 000");
		type("#costs-1-description", "Resor");
		type("#costs-1-amount", "-5");
		find("#cfoAttestation-NOT_CORRECT").click();
		type("#cfoName", "Eva Ek");
		type("#cfoTitle", "Ekonomidirektör");
		type("#cfoPhone", "08-452 70 01");
		type("#cfoEmail", "eva.ek@skr.se");
		find("form.grant-form button[type=submit]").click();
		waiting().until(driver -> !findAll(".error-summary").isEmpty());
		assertThat(find("#costs-1-amount-error").getText()).contains("noll eller mer");
		assertThat(find("#deviations-error").getText()).contains("måste fyllas i");
		assertThat(find("#measures-error").getText()).contains("måste fyllas i");
		assertAccessible();
		screenshot("grants-report-errors");

		type("#costs-1-amount", "250 000,50");
		type("#deviations", "Resekostnader har bokförts på fel projekt.");
		type("#measures", "Omföring i bokslutet.");
		find("form.grant-form button[type=submit]").click();
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/bidrag/redovisningar/\\d+$"));
		String detailUrl = browser.getCurrentUrl();
		assertThat(find("main").getText()).contains("3 250 000,50 kr", "749 999,50 kr", "Alt 2", "Omföring i bokslutet.");
		assertAccessible();
		find("form[action$='/lamna-in'] button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("main").getText().contains("Inlämnad"));

		browser.manage().deleteAllCookies();
		signIn(accounts.create("REGERINGSKANSLIET", Role.MINISTRY), TestAccounts.PASSWORD);
		browser.get(detailUrl);
		find("form[action$='/komplettering'] button").click();
		waiting().until(driver -> !findAll("#reason-error").isEmpty());
		assertAccessible();
		find("form[action$='/godkann'] button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("main").getText().contains("Godkänd"));
		screenshot("grants-report-approved");
		assertAccessible();
	}

	private void setDate(String css, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
	}

	private String value(String css) {
		return find(css).getAttribute("value");
	}

	private void type(String css, String text) {
		WebElement input = find(css);
		input.clear();
		input.sendKeys(text);
	}
}
