package se.rattighetsnavet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class SignedInPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void administratorCreatesAnAccountAndSeesErrorsNextToTheFields() {
		signIn(new TestAccounts(jdbc, encoder).create("SKR", Role.ADMIN), TestAccounts.PASSWORD);
		open("/admin/anvandare");
		assertAccessible();
		find("#email").sendKeys("inte-en-adress");
		find("#password").sendKeys("kort");
		find("#organisationCode").sendKeys("Malmö kommun");
		find("main form.stacked-form button[type=submit]").click();
		assertThat(find("#email-error").getText()).contains("giltig e-postadress");
		assertThat(find("#password-error").getText()).contains("minst 12 och högst 200 tecken");
		assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find(".error-summary").getText()).contains("Formuläret innehåller");
		screenshot("users-errors");
		assertAccessible();

		find("#email").clear();
		String email = "ny.redaktor." + System.nanoTime() + "@malmo.se";
		find("#email").sendKeys(email);
		find("#name").sendKeys("Ny Redaktör");
		find("#password").sendKeys("ett-långt-lösenord");
		find("#role-MEMBER_EDITOR").click();
		find("main form.stacked-form button[type=submit]").click();
		waiting().until(driver -> !driver.findElements(org.openqa.selenium.By.cssSelector(".notice")).isEmpty());
		assertThat(find(".notice").getText()).contains(email);
		assertThat(find("main table").getText()).contains(email);
	}

	@Test
	void aMemberChangesItsPasswordAndTheOrganisationNumber() {
		String email = new TestAccounts(jdbc, encoder).create("2180", Role.MEMBER_EDITOR);
		signIn(email, TestAccounts.PASSWORD);
		open("/konto/losenord");
		find("#currentPassword").sendKeys("fel-lösenord");
		find("#newPassword").sendKeys("ett-nytt-långt-lösenord");
		find("#confirmPassword").sendKeys("ett-nytt-långt-lösenord");
		find("main form button[type=submit]").click();
		assertThat(find("#currentPassword-error").getText()).contains("stämmer inte");
		assertAccessible();
		find("#currentPassword").sendKeys(TestAccounts.PASSWORD);
		find("#newPassword").sendKeys("ett-nytt-långt-lösenord");
		find("#confirmPassword").sendKeys("ett-nytt-långt-lösenord");
		find("main form button[type=submit]").click();
		waiting().until(driver -> driver.getCurrentUrl().endsWith("/konto"));
		assertThat(find(".notice").getText()).isEqualTo("Lösenordet är bytt.");

		open("/organisationer/2180");
		find("#organisationNumber").clear();
		find("#organisationNumber").sendKeys("212000-0000");
		find("#number-title + form button").click();
		assertThat(find("#organisationNumber-error").getText()).contains("Organisationsnumret är ogiltigt");
		assertAccessible();
		open("/organisationer/0180");
		assertThat(findAll("#organisationNumber")).as("no form for another organisation").isEmpty();
	}

	@Test
	void programmeOfficeBrowsesTheAuditTrail() {
		signIn(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE), TestAccounts.PASSWORD);
		open("/granskningslogg?entityType=organisation");
		assertThat(find(".result-count").getText()).endsWith("träffar");
		screenshot("audit");
		assertAccessible();
	}

	@Test
	void membersAreKeptOutOfAdministration() {
		signIn(new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_READER), TestAccounts.PASSWORD);
		open("/admin/anvandare");
		assertThat(find("h1").getText()).isEqualTo("Något gick fel");
		assertThat(find("main").getText()).contains("inte behörighet");
		open("/granskningslogg");
		assertThat(find("main").getText()).contains("inte behörighet");
	}
}
