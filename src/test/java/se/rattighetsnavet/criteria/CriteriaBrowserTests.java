package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Role;

class CriteriaBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void thePublicPagesPassAxe() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		CriteriaTestData.join(api, accounts.create(code, Role.MEMBER_EDITOR), office, code);

		open("/mr-plattformen");
		assertThat(find("h1").getText()).isEqualTo("MR-plattformen");
		assertThat(find("main").getText()).contains("Rättighetsnavets egen text");
		assertAccessible();
		screenshot("criteria-overview");
		open("/mr-plattformen/medlemmar");
		assertThat(find("#table-kommuner").getText()).contains("2020-06-15");
		assertAccessible();
		open("/mr-plattformen/exempel");
		assertAccessible();
		open("/mr-plattformen/natverk");
		assertAccessible();
		open("/mr-plattformen/natverk/utvecklingsnatverk");
		assertAccessible();

		signIn(office, TestAccounts.PASSWORD);
		for (String page : List.of("/mr-plattformen/tackning", "/mr-plattformen/anslutningar", "/mr-plattformen/kriterier",
				"/mr-plattformen/exempel/granska")) {
			open(page);
			assertThat(find("h1").getText()).isNotBlank();
			assertAccessible();
			screenshot("criteria-" + page.substring(page.lastIndexOf('/') + 1));
		}
	}

	@Test
	void someoneElseSavingFirstGivesAClearMessageInTheFormInsteadOfAnOverwrite() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(api, editor, accounts.create("SKR", Role.PROGRAMME_OFFICE), code);
		String path = "/api/v1/self-assessments/" + code + "/2018";
		assertThat(api.as(editor).put(path, Map.of("version", 0, "cells", List.of())).status()).isEqualTo(200);

		signIn(editor, TestAccounts.PASSWORD);
		open("/mr-plattformen/sjalvskattning/" + code + "/2018");
		find("#level-kunskap-samhallsaktor-3").click();
		assertThat(api.as(editor).put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(1))).status()).isEqualTo(200);
		find("button[value=save]").click();
		waiting().until(driver -> !driver.findElements(org.openqa.selenium.By.cssSelector("#conflict")).isEmpty());

		assertThat(find("#conflict").getText()).contains("Någon annan sparade");
		assertThat(find("#level-kunskap-samhallsaktor-1").isSelected()).isTrue();
		assertThat(api.as(editor).get(path).json().get("cells").get(0).get("level").asInt()).isEqualTo(1);
		assertAccessible();
	}

	@Test
	void theWholeAssessmentFormWorksWithTheKeyboardAlone() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(api, editor, accounts.create("SKR", Role.PROGRAMME_OFFICE), code);
		String path = "/api/v1/self-assessments/" + code + "/2019";
		assertThat(api.as(editor).put(path, Map.of("version", 0, "cells", List.of())).status()).isEqualTo(200);

		signIn(editor, TestAccounts.PASSWORD);
		open("/mr-plattformen/sjalvskattning/" + code + "/2019");
		assertAccessible();
		screenshot("criteria-assessment-top");

		Set<String> answered = new HashSet<>();
		Actions keys = new Actions(browser);
		for (int presses = 0; presses < 400; presses++) {
			keys.sendKeys(Keys.TAB).perform();
			WebElement active = browser.switchTo().activeElement();
			String name = String.valueOf(active.getAttribute("name"));
			if ("radio".equals(active.getAttribute("type")) && name.startsWith("level-") && answered.add(name)) {
				keys.sendKeys(Keys.SPACE).perform();
				for (int step = 0; step < answered.size() % 5; step++) {
					keys.sendKeys(Keys.ARROW_RIGHT).perform();
				}
			}
			if ("submit".equals(active.getAttribute("value"))) {
				assertThat(answered).hasSize(24);
				screenshot("criteria-assessment-form");
				keys.sendKeys(Keys.ENTER).perform();
				break;
			}
		}
		waiting().until(driver -> driver.getPageSource().contains("inskickad och låst"));
		assertThat(api.as(editor).get(path).json().get("status").asString()).isEqualTo("SUBMITTED");
		assertAccessible();
		screenshot("criteria-assessment-submitted");

		open("/mr-plattformen/utveckling");
		assertAccessible();
		screenshot("criteria-progress");
		open("/mr-plattformen/anslutning");
		assertAccessible();
		open("/mr-plattformen/exempel/nytt");
		assertAccessible();
	}
}
