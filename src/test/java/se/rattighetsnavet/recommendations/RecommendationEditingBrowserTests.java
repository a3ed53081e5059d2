package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class RecommendationEditingBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theOfficeEntersARecommendationFixesAMistakeAndConfirmsASuggestion() {
		String office = new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE);
		String state = "Browserform " + UUID.randomUUID().toString().substring(0, 8);
		signIn(office, TestAccounts.PASSWORD);
		open("/rekommendationer");
		find("a[href='/rekommendationer/ny']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.recommendation-form")));
		assertAccessible();

		new Select(find("#body")).selectByValue("CRC");
		find("#documentDate").sendKeys("6 februari 2023");
		find("#state").sendKeys(state);
		find("#text").sendKeys(RecommendationEditingTests.SUGGESTIVE_TEXT);
		find("#sdgTargets").sendKeys("5.2");
		find("#municipalRoles-WELFARE").click();
		find("#published").click();
		find("form.recommendation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documentDate-error")));
		assertThat(find("#documentDate-error").getText()).contains("ÅÅÅÅ-MM-DD");
		assertThat(find(".error-summary").getText()).contains("Dokumentets datum");
		assertThat(find("#state").getAttribute("value")).isEqualTo(state);
		assertThat(find("#municipalRoles-WELFARE").isSelected()).isTrue();
		wholePage("recommendations-form-error");
		assertAccessible();

		find("#documentDate").clear();
		find("#documentDate").sendKeys("2023-02-06");
		find("form.recommendation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recommendation-quote")));
		assertThat(find(".notice").getText()).isEqualTo("Rekommendationen är sparad.");
		assertThat(find("h1").getText()).contains(state);
		wholePage("recommendations-detail-suggestions");
		assertAccessible();

		find("#suggested-goal-5").click();
		find("#suggestions button[value=selected]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#suggestions-heading + .notice"),
				"bekräftade"));
		assertThat(find(".facts").getText()).contains("5 Jämställdhet");
		assertThat(findAll("#suggested-goal-5")).isEmpty();
		wholePage("recommendations-detail-confirmed");
		assertAccessible();

		find("a[href$='/redigera']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.recommendation-form")));
		assertThat(find("#sdgGoals-5").isSelected()).isTrue();
		assertThat(find("#documentDate").getAttribute("value")).isEqualTo("2023-02-06");
		wholePage("recommendations-form-edit");
	}

	/** The whole page, not only the window, so that the long form can be looked at in one picture. */
	private void wholePage(String name) {
		Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(1280, ((Number) height).intValue() + 100));
		screenshot(name);
		browser.manage().window().setSize(new Dimension(1280, 900));
	}
}
