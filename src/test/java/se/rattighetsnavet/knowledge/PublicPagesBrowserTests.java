package se.rattighetsnavet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

/**
 * The public pages of the action plan, the knowledge bank and the start page, and the editor's way to publishing.
 */
class PublicPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void startPageExplainsTheProgrammeAndSearchesEverythingPublic() {
		open("/");
		assertThat(find("main").getText()).contains("Om programmet", "Senaste från kunskapsbanken", "Se vilka som är MR-kommuner och MR-regioner");
		screenshot("home-programme");
		assertAccessible();
		find("#home-q").sendKeys("styrning");
		find("form.site-search button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> driver.getCurrentUrl().contains("/sok"));
		assertThat(find("main").getText()).contains("Kunskapsbanken", "Mänskliga rättigheter i styrning och ledning");
		assertAccessible();
	}

	@Test
	void actionPlanPagesAreAccessible() {
		open("/handlingsplan");
		assertThat(find("h1").getText()).isEqualTo("Handlingsplan");
		assertAccessible();
		find("main section.panel h2 a").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("h1").getText().startsWith("Handlingsplan för ett stärkt arbete"));
		assertThat(findAll("main section h2")).extracting(e -> e.getText())
			.contains("Kunskapsinhämtning och dialog", "Utbildning och kompetensutveckling", "Utvecklingsarbete", "Spridning");
		screenshot("actionplan-2014");
		assertAccessible();
		find("a[href$='/rapporter/SLUTRAPPORT/0']").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("h1").getText().equals("Slutrapport"));
		screenshot("actionplan-final-report");
		assertAccessible();
	}

	@Test
	void knowledgeBankPublicationAndTrainingAreAccessible() {
		open("/kunskapsbank");
		assertThat(find(".result-count").getText()).isNotEqualTo("0 träffar");
		screenshot("knowledge");
		assertAccessible();
		open("/kunskapsbank/manskliga-rattigheter-i-styrning-och-ledning");
		assertThat(find("h1").getText()).isEqualTo("Mänskliga rättigheter i styrning och ledning");
		screenshot("knowledge-publication");
		assertAccessible();
		open("/kunskapsbank/utbildning");
		screenshot("knowledge-training");
		assertAccessible();
	}

	@Test
	void aMembersEditorRegistersTrainingAndSeesTheReachPerMember() {
		signIn(new TestAccounts(jdbc, encoder).create("1480", Role.MEMBER_EDITOR), TestAccounts.PASSWORD);
		open("/kunskapsbank/utbildning");
		assertThat(findAll("#organisationCode option")).extracting(e -> e.getText()).containsExactly("Göteborgs kommun");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2017-09-12'", find("#heldOn"));
		find("#organiser").sendKeys("SKL");
		find("#place").sendKeys("Göteborg");
		find("#electedOfficials").clear();
		find("#electedOfficials").sendKeys("9");
		find("#employees").clear();
		find("#employees").sendKeys("31");
		find("form[action$='/tillfallen'] button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> find("main").getText().contains("Tillfället är registrerat."));
		assertThat(find("#reach-table").getText()).contains("Göteborgs kommun");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", find("#reach-title"));
		screenshot("knowledge-training-reach");
		assertAccessible();
	}

	@Test
	void theProgrammeOfficeDraftsAndPublishesAMemberCannot() {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		signIn(accounts.create("0180", Role.MEMBER_EDITOR), TestAccounts.PASSWORD);
		open("/kunskapsbank/redigera");
		assertThat(find("h1").getText()).doesNotContain("Skriv och publicera");
		browser.manage().deleteAllCookies();

		signIn(accounts.create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);
		open("/kunskapsbank/redigera/ny");
		find("button[type=submit].button").click();
		assertThat(find(".error-summary").getText()).contains("Skriv en rubrik");
		assertAccessible();
		String title = "Goda exempel från Sundsvall " + System.nanoTime();
		find("#title").sendKeys(title);
		find("#summary").sendKeys("Hur Sundsvall involverade civilsamhället.");
		find("#body").sendKeys("Första stycket.\n\nAndra stycket.");
		find("#kind").sendKeys("Gott exempel");
		find("form.stacked-form button[type=submit]").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("h1").getText().equals(title));
		screenshot("knowledge-editor");
		assertAccessible();
		find("input[name=status][value=REVIEW] + button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("main").getText().contains("Status ändrad till Granskas"));
		find("input[name=status][value=PUBLISHED] + button").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("main").getText().contains("Status ändrad till Publicerad"));
		open("/kunskapsbank");
		assertThat(find("#results").getText()).contains(title);
	}
}
