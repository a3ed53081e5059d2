package se.rattighetsnavet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class PublicPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void homePageIsSwedishAndAccessible() {
		open("/");
		assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
		assertThat(find("h1").getText()).isEqualTo("Mänskliga rättigheter i kommuner och regioner");
		assertThat(find("main").getText()).contains("290 kommuner och 21 regioner");
		screenshot("home");
		assertAccessible();
	}

	@Test
	void englishIsOneClickAwayAndRemembered() {
		open("/");
		find("a.language-switch").click();
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		open("/organisationer");
		assertThat(find("h1").getText()).isEqualTo("Members and organisations");
		assertAccessible();
	}

	@Test
	void organisationListSearchesSortsAndIsAccessible() {
		open("/organisationer");
		assertThat(find(".result-count").getText()).isEqualTo("314 träffar");
		assertAccessible();
		screenshot("organisations");
		find("#typ").sendKeys("Region");
		waiting().until(driver -> find(".result-count").getText().equals("21 träffar"));
		find("#q").sendKeys("Skåne");
		waiting().until(driver -> find(".result-count").getText().equals("1 träffar"));
		assertThat(find("#results tbody td a").getText()).isEqualTo("Region Skåne");

		open("/organisationer?typ=KOMMUN&sort=POPULATION&dir=desc");
		assertThat(find("#results tbody td a").getText()).isEqualTo("Stockholms kommun");
		assertThat(find("th[aria-sort=descending]").getText()).contains("Invånare");
	}

	@Test
	void organisationPageShowsPopulationAsChartAndTable() {
		open("/organisationer/1280");
		assertThat(find("h1").getText()).isEqualTo("Malmö kommun");
		assertThat(findAll("#population-table tbody tr")).hasSize(29);
		waiting().until(driver -> "true".equals(find("#population-chart").getAttribute("data-drawn")));
		screenshot("organisation-malmo");
		assertAccessible();
	}

	@Test
	void loginPageIsAccessibleAndWrongPasswordsAreExplained() {
		open("/logga-in");
		assertAccessible();
		find("#email").sendKeys("nobody@example.se");
		find("#password").sendKeys("wrong");
		find("main form button[type=submit]").click();
		assertThat(find("#login-error").getText()).contains("Fel e-postadress eller lösenord");
		assertThat(find("#email").getAttribute("value")).isEqualTo("nobody@example.se");
		assertAccessible();
	}

	@Test
	void signingInWorksWithTheKeyboardAlone() {
		String email = new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_EDITOR);
		open("/logga-in");
		// from the top of the page: skip link, header and menu links, then the form
		Actions keyboard = new Actions(browser);
		for (int i = 0; i < 40 && !"email".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
			keyboard.sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
		keyboard.sendKeys(email).sendKeys(Keys.TAB).sendKeys(TestAccounts.PASSWORD).sendKeys(Keys.ENTER).perform();
		waiting().until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
		assertThat(find(".account-link").getText()).startsWith("Inloggad som");
	}

	@Test
	void skipLinkIsTheFirstStopAndLeadsToTheContent() {
		open("/organisationer");
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement first = browser.switchTo().activeElement();
		assertThat(first.getText()).isEqualTo("Hoppa till huvudinnehållet");
		first.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
	}

	@Test
	void narrowScreensNeedNoHorizontalScrollingOfThePage() {
		browser.manage().window().setSize(new Dimension(360, 800));
		open("/organisationer/0180");
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		screenshot("organisation-narrow");
	}

	@Test
	void unknownPagesExplainThemselves() {
		open("/organisationer/9999");
		assertThat(find("h1").getText()).isEqualTo("Något gick fel");
		assertThat(find("main").getText()).contains("Sidan finns inte");
		assertAccessible();
		assertThat(browser.findElements(By.cssSelector("pre"))).isEmpty();
	}
}
