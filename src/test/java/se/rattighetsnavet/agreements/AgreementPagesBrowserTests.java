package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.BrowserTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

class AgreementPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	@Test
	void theDeadlineOverviewSaysLateInWordsAndIsAccessible() {
		open("/avtal");
		assertThat(find("h1").getText()).isEqualTo("Överenskommelser och tidsfrister");
		assertThat(find("main").getText()).contains("A2014/2289/DISK").contains("Saknas i dokumenten");
		assertThat(find("#late-table").getText()).contains("Rapport om kartläggningen").contains("Försenad");
		assertAccessible();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3000));
		screenshot("agreements-overview");
	}

	@Test
	void theAgreementTimelineAndADeliverableAreAccessibleToTheProgrammeOffice() throws Exception {
		String office = new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE);
		signIn(office, TestAccounts.PASSWORD);
		long id = agreements.findByCode("OK2017").orElseThrow().id();
		open("/avtal/" + id);
		assertThat(find(".timeline").getText()).contains("2017-10-01").contains("Förslag på konkret projektplan");
		assertThat(find("main").getText()).contains("Alice Bah Kuhnke").contains("3 000 000,00 kr");
		assertAccessible();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 5200));
		screenshot("agreements-ok2017");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

		String other = new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE);
		var current = new se.rattighetsnavet.ApiClient(port).get("/api/v1/agreements/" + id).json();
		assertThat(new se.rattighetsnavet.ApiClient(port).as(other).patch("/api/v1/agreements/" + id, java.util.Map.of("title",
				current.get("title").asString(), "fileNumber", current.get("fileNumber").asString(), "department",
				current.get("department").asString(), "validFrom", current.get("validFrom").asString(), "validTo",
				current.get("validTo").asString(), "version", current.get("version").asInt())).status()).isEqualTo(200);
		find("#edit-title + div + form button[type=submit], section[aria-labelledby=edit-title] button[type=submit]").click();
		assertThat(waitFor(".error-summary").getText()).contains("Någon annan har ändrat");
		assertAccessible();

		find("#member-name").sendKeys("Testperson Styrgrupp");
		find("#member-organisation").sendKeys("SKR");
		find("#member-role").sendKeys("Ledamot");
		find("section[aria-labelledby=member-new-title] button[type=submit]").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("main").getText().contains("Testperson Styrgrupp"));

		long meeting = new se.rattighetsnavet.ApiClient(port).as(office).post("/api/v1/agreements/" + id + "/meetings",
				java.util.Map.of("kind", "GROUP", "heldOn", "2017-11-15", "title", "Styrgruppsmöte (test)", "agenda", "1. Projektplanen\n2. Övrigt"))
			.json().get("id").asLong();
		open("/avtal/moten/" + meeting);
		assertThat(findAll("main ul li")).extracting(org.openqa.selenium.WebElement::getText).contains("1. Projektplanen", "2. Övrigt");
		find("#minutes").sendKeys("Styrgruppen gick igenom projektplanen.");
		find("#attendance").sendKeys("SKR, Kulturdepartementet");
		find("#decisions").sendKeys("Beslut att notera protokollet");
		find("main form button[type=submit]").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> !findAll("p.notice").isEmpty());
		assertThat(find("main").getText()).contains("Beslut att notera protokollet").contains("SKR, Kulturdepartementet");
		assertAccessible();

		open("/avtal/" + id + "/leveranser/ny");
		find("#title").sendKeys("Testleverans utan datum");
		find("#responsible").sendKeys("inte-en-adress");
		find("main form button[type=submit]").click();
		assertThat(waitFor(".error-summary").getText()).contains("inte en e-postadress");
		assertAccessible();
		find("#responsible").clear();
		find("#responsible").sendKeys("ansvarig@test.rattighetsnavet.se");
		find("main form button[type=submit]").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("h1").getText().equals("Testleverans utan datum"));
		assertThat(find("main").getText()).contains("ansvarig@test.rattighetsnavet.se").contains("Planerad");

		java.nio.file.Path image = java.nio.file.Files.createTempFile("bild", ".pdf");
		java.nio.file.Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
		find("#file").sendKeys(image.toString());
		find("section[aria-labelledby=upload-title] button[type=submit]").click();
		assertThat(waitFor(".error-summary").getText()).contains("måste vara en PDF");
		assertAccessible();
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("rapport", ".pdf");
		java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
		find("#file").sendKeys(pdf.toString());
		find("section[aria-labelledby=upload-title] button[type=submit]").click();
		assertThat(waitFor("p.notice").getText()).isEqualTo("Dokumentet är inlämnat.");
		assertThat(find("main").getText()).contains("Inlämnad").contains(pdf.getFileName().toString());
		screenshot("agreements-submitted");
		assertAccessible();

		open("/avtal/" + id);
		find(".timeline a").click();
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> find("h1").getText().equals("Förslag på konkret projektplan"));
		assertThat(find("#file")).isNotNull();
		screenshot("agreements-deliverable");
		assertAccessible();
	}

	/** After a form submission the next page may take a moment on a busy machine. */
	private org.openqa.selenium.WebElement waitFor(String css) {
		return waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> findAll(css).stream().findFirst().orElse(null));
	}
}
