package se.rattighetsnavet.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

/**
 * The programme office edits an activity and records its follow-up in the browser; a member sees no way to edit.
 */
class ActionPlanBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theProgrammeOfficeEditsAnActivityAndItsFollowUpAMemberCannot() {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		long planId = jdbc.sql("SELECT id FROM actionplan_plan WHERE agreement_code = 'OK2017'").query(Long.class).single();
		long activityId = jdbc.sql("SELECT id FROM actionplan_activity WHERE seed_key = 'ok2017-strateger'").query(Long.class).single();

		signIn(accounts.create("0180", Role.MEMBER_EDITOR), TestAccounts.PASSWORD);
		open("/handlingsplan/" + planId);
		assertThat(findAll("a[href$='/handlingsplan/aktiviteter/" + activityId + "']")).isEmpty();
		open("/handlingsplan/aktiviteter/" + activityId);
		assertThat(findAll("form.stacked-form")).isEmpty();
		browser.manage().deleteAllCookies();

		signIn(accounts.create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);
		open("/handlingsplan/" + planId);
		find("a[href$='/handlingsplan/aktiviteter/" + activityId + "']").click();
		waiting().ignoring(StaleElementReferenceException.class).until(driver -> find("#budget").isDisplayed());
		find("#budget").clear();
		find("#budget").sendKeys("inte ett belopp");
		find("main form.stacked-form button[type=submit]").click();
		waiting().ignoring(StaleElementReferenceException.class).until(driver -> find(".error-summary").isDisplayed());
		assertThat(find(".error-summary").getText()).contains("Skriv beloppet i kronor");
		assertAccessible();
		find("#budget").clear();
		find("#budget").sendKeys("250 000");
		find("main form.stacked-form button[type=submit]").click();
		waiting().ignoring(StaleElementReferenceException.class)
			.until(driver -> find("main").getText().contains("Aktiviteten är sparad."));
		find("#progress-2018").sendKeys("Programmet startade med två grupper.");
		find("#spent-2018").sendKeys("80 000,50");
		find("form[action$='/uppfoljning/2018'] button").click();
		waiting().ignoring(StaleElementReferenceException.class)
			.until(driver -> find("main").getText().contains("Uppföljningen för 2018 är sparad."));
		screenshot("actionplan-activity-edit");
		assertAccessible();
		open("/handlingsplan/" + planId);
		assertThat(find("#aktivitet-" + activityId).getText()).contains("250 000,00 kr", "Programmet startade med två grupper.");

		open("/handlingsplan/" + planId + "/rapporter/SLUTRAPPORT/0");
		find("#assessment").sendKeys("Programmet för strateger nådde sina första grupper.");
		find("form.stacked-form button[type=submit]").click();
		waiting().ignoring(StaleElementReferenceException.class)
			.until(driver -> find("main").getText().contains("Texterna är sparade."));
		find("form[action$='/inlamning'] button").click();
		waiting().ignoring(StaleElementReferenceException.class)
			.until(driver -> find("main").getText().contains("Rapporten är inlämnad som leverans."));
		assertThat(find("main").getText()).contains("Senast inlämnad", "250 000,00 kr", "80 000,50 kr");
		screenshot("actionplan-final-report-submitted");
		assertAccessible();
	}
}
