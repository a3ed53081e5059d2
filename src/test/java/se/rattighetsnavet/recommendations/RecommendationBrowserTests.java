package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class RecommendationBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void searchWithFacetsWithoutSigningIn() {
		String office = new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE);
		String state = RecommendationSearchTests.importSmallSet(new ApiClient(port).as(office),
				"Browserland " + UUID.randomUUID().toString().substring(0, 8));

		open("/rekommendationer?state=" + RecommendationSearchTests.encode(state));
		assertThat(find(".result-count").getText()).isEqualTo("3 rekommendationer");
		find("#q").sendKeys("children", Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector(".result-count"), "1 rekommendationer"));
		assertThat(find(".recommendation-text mark").getText()).isEqualToIgnoringCase("children");
		assertAccessible();

		find("#q").clear();
		find("#q").sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector(".result-count"), "3 rekommendationer"));
		new Select(find("#facet-response")).selectByValue("Noted");
		waiting().until(ExpectedConditions.textToBe(By.cssSelector(".result-count"), "1 rekommendationer"));
		assertThat(find(".recommendation-text").getText()).contains("Torture");
		screenshot("recommendations-search");
		assertAccessible();

		find(".recommendation-heading a").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recommendation-quote")));
		assertThat(find("h1").getText()).contains(state);
		assertAccessible();
	}

	@Test
	void importWithProgressAndMemberFollowUp() throws Exception {
		String office = new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE);
		String state = "Importland " + UUID.randomUUID().toString().substring(0, 8);
		Path file = Files.createTempFile("upr", ".csv");
		Files.writeString(file, RecommendationImportTests.UPR_HEADER
				+ state + ",WEOG,EU,\"Guarantee equal access to health care for Roma.\",Norway,WEOG,,Accepted,4,\"Minorities\",4\n"
				+ state + ",WEOG,EU,,Norway,WEOG,,Accepted,4,\"Minorities\",4\n");
		signIn(office, TestAccounts.PASSWORD);
		open("/rekommendationer/import");
		assertAccessible();
		find("#file").sendKeys(file.toAbsolutePath().toString());
		find("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-status .status"), "avvisades"));
		assertThat(find("#import-status table").getText()).contains("3").contains("Text");
		screenshot("recommendations-import-rejected");
		assertAccessible();

		open("/rekommendationer/import");
		find("#file").sendKeys(file.toAbsolutePath().toString());
		find("#validOnly").click();
		find("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-status .status"), "klar"));
		assertThat(find("#import-status").getText()).contains("1 nya");
		screenshot("recommendations-import-done");
		Files.deleteIfExists(file);

		open("/rekommendationer/kartlaggning");
		assertThat(find("h1").getText()).isEqualTo("Kartläggning av rekommendationer");
		find("main form.stacked-form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		screenshot("recommendations-mapping");
		assertAccessible();
		open("/rekommendationer/uppfoljning");
		assertAccessible();

		long id = jdbc.sql("SELECT id FROM recommendations_recommendation WHERE state = ?").param(state).query(Long.class).single();
		browser.manage().deleteAllCookies();
		String member = new TestAccounts(jdbc, passwordEncoder).create("0180", Role.MEMBER_EDITOR);
		signIn(member, TestAccounts.PASSWORD);
		open("/rekommendationer/" + id);
		new Select(find("#status")).selectByValue("IN_PROGRESS");
		find("#evidenceUrl").sendKeys("not a link");
		find("main form.stacked-form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidenceUrl-error")));
		assertAccessible();
		find("#evidenceUrl").clear();
		find("#evidenceUrl").sendKeys("https://www.stockholm.se/plan");
		find("main form.stacked-form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		screenshot("recommendations-follow-up");
		assertAccessible();
	}
}
