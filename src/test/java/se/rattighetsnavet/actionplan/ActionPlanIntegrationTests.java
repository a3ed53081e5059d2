package se.rattighetsnavet.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class ActionPlanIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	ApiClient api;
	ApiClient office;
	String officeEmail;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		officeEmail = new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE);
		office = api.as(officeEmail);
	}

	static Map<String, Object> activity(String title, String budget) {
		Map<String, Object> a = new java.util.HashMap<>();
		a.put("title", title);
		a.put("description", "Test");
		a.put("owner", "SKR");
		a.put("partners", List.of("Barnombudsmannen"));
		a.put("start", "2016-01-01");
		a.put("end", "2016-12-31");
		a.put("budget", budget);
		a.put("status", "PAGAR");
		a.put("plannedResults", "Planerat " + title);
		a.put("goalRefs", List.of("OK2014:2"));
		a.put("recommendationRefs", List.of("rec-1"));
		return a;
	}

	JsonNode plan(String code) {
		for (JsonNode plan : api.get("/api/v1/action-plans").json().get("items")) {
			if (plan.get("agreementCode").asString().equals(code)) {
				return plan;
			}
		}
		throw new AssertionError("no plan " + code);
	}

	long focusArea(JsonNode plan, String code) {
		for (JsonNode area : plan.get("focusAreas")) {
			if (area.get("code").asString().equals(code)) {
				return area.get("id").asLong();
			}
		}
		throw new AssertionError("no focus area " + code);
	}

	@Test
	void the2014PlanWithItsFourFocusAreasAndThe2017ActivitiesAreThereAfterStart() {
		JsonNode plan = plan("OK2014");
		assertThat(plan.get("periodFrom").asString()).isEqualTo("2015-06-01");
		assertThat(plan.get("periodTo").asString()).isEqualTo("2017-06-30");
		assertThat(plan.get("focusAreas")).extracting(area -> area.get("title").asString())
			.containsExactly("Kunskapsinhämtning och dialog", "Utbildning och kompetensutveckling", "Utvecklingsarbete", "Spridning");
		assertThat(plan.get("focusAreas").get(0).get("activities").get(0).get("title").asString())
			.isEqualTo("Dialog med myndigheter och organisationer");
		assertThat(plan.get("focusAreas").get(0).get("activities").get(0).has("budget")).isTrue();
		JsonNode plan2017 = plan("OK2017");
		assertThat(plan2017.get("focusAreas").findValuesAsString("title"))
			.contains("Utbildnings- och utvecklingsprogram för strateger och utvecklingsledare");
	}

	@Test
	void followUpBecomesAnnualAndFinalReportInPdfAndDocx() throws Exception {
		JsonNode plan = plan("OK2014");
		long planId = plan.get("id").asLong();
		var created = office.post("/api/v1/action-plans/focus-areas/" + focusArea(plan, "UTBILDNING") + "/activities",
				activity("Regional konferens Norrland", "120000.00"));
		assertThat(created.status()).isEqualTo(201);
		long activityId = created.json().get("id").asLong();
		var followUp = office.put("/api/v1/action-plans/activities/" + activityId + "/follow-ups/2016",
				Map.of("progress", "Två konferenser hölls", "results", "Deltagare från 14 kommuner", "spent", "98500.50"));
		assertThat(followUp.status()).isEqualTo(200);
		assertThat(office.put("/api/v1/action-plans/" + planId + "/reports/SLUTRAPPORT/0",
				Map.of("introduction", "Slutrapportens inledning", "assessment", "Bedömningen", "takenForward", "Det som tas vidare",
						"version", 0)).status()).isEqualTo(200);

		byte[] annual = api.get("/handlingsplan/" + planId + "/rapporter/UPPFOLJNINGSRAPPORT/2016/pdf").bytes();
		try (PDDocument pdf = Loader.loadPDF(annual)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Uppföljningsrapport 2016", "Regional konferens Norrland", "Två konferenser hölls",
					"500,50 kr", "Utbildning och kompetensutveckling", "Sida 1 av");
		}
		byte[] fin = api.get("/handlingsplan/" + planId + "/rapporter/SLUTRAPPORT/0/pdf").bytes();
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
			.resolve("slutrapport.pdf"), fin);
		try (PDDocument pdf = Loader.loadPDF(fin)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Slutrapport", "Slutrapportens inledning", "Det som tas vidare", "Spridning");
		}
		var docx = api.get("/handlingsplan/" + planId + "/rapporter/SLUTRAPPORT/0/docx");
		assertThat(docx.contentType()).contains("wordprocessingml");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("Slutrapport", "Regional konferens Norrland", "Bedömningen");
		}
	}

	@Autowired
	se.rattighetsnavet.agreements.AgreementManagement agreements;

	@Test
	void theAnnualAndFinalReportsAreHandedInAsTheAgreementsDeliverables() throws Exception {
		long planId = plan("OK2014").get("id").asLong();
		String member = new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_EDITOR);
		String path = "/api/v1/action-plans/" + planId + "/reports/UPPFOLJNINGSRAPPORT/2015/submission";
		assertThat(api.post(path, "").status()).isEqualTo(401);
		assertThat(api.as(member).post(path, "").status()).isEqualTo(403);

		var annual = office.post(path, "");
		assertThat(annual.status()).isEqualTo(200);
		var deliverable = agreements.deliverable(annual.json().get("deliverableId").asLong()).orElseThrow();
		assertThat(deliverable.kind()).isEqualTo(se.rattighetsnavet.agreements.DeliverableKind.UPPFOLJNINGSRAPPORT);
		assertThat(deliverable.year()).as("the follow-up of 2015 goes to the samråd of 2016").isEqualTo(2016);
		assertThat(deliverable.status()).isIn(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD,
				se.rattighetsnavet.agreements.DeliverableStatus.GODKAND);

		var fin = office.post("/api/v1/action-plans/" + planId + "/reports/SLUTRAPPORT/0/submission", "");
		assertThat(fin.status()).isEqualTo(200);
		var finalDeliverable = agreements.deliverable(fin.json().get("deliverableId").asLong()).orElseThrow();
		assertThat(finalDeliverable.kind()).isEqualTo(se.rattighetsnavet.agreements.DeliverableKind.SLUTRAPPORT);
		assertThat(finalDeliverable.status()).isEqualTo(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD);
		try (PDDocument pdf = Loader.loadPDF(api.get("/handlingsplan/" + planId + "/rapporter/SLUTRAPPORT/0/pdf").bytes())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("A2014/2289/DISK");
		}
	}

	@Test
	void thePagesSpeakEnglishToo() {
		long planId = plan("OK2014").get("id").asLong();
		for (String path : java.util.List.of("/handlingsplan", "/handlingsplan/" + planId,
				"/handlingsplan/" + planId + "/rapporter/UPPFOLJNINGSRAPPORT/2016", "/kunskapsbank", "/kunskapsbank/utbildning",
				"/kunskapsbank/mr-plattformen", "/", "/sok?q=styrning")) {
			var page = api.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.text()).as(path).doesNotContain("??");
		}
		assertThat(api.get("/handlingsplan?lang=en").text()).contains("Action plan");
		assertThat(api.get("/handlingsplan/" + planId + "/rapporter/UPPFOLJNINGSRAPPORT/2016").text())
			.contains("Uppföljningsrapport 2016").doesNotContain("2 016");
	}

	@Test
	void onlyTheProgrammeOfficeChangesThePlan() {
		JsonNode plan = plan("OK2014");
		long areaId = focusArea(plan, "SPRIDNING");
		String member = new TestAccounts(jdbc, encoder).create("0180", Role.MEMBER_EDITOR);
		String ministry = new TestAccounts(jdbc, encoder).create("REGERINGSKANSLIET", Role.MINISTRY);
		String path = "/api/v1/action-plans/focus-areas/" + areaId + "/activities";
		assertThat(api.post(path, activity("Anonym", "1.00")).status()).isEqualTo(401);
		assertThat(api.as(member).post(path, activity("Medlem", "1.00")).status()).isEqualTo(403);
		assertThat(api.as(ministry).post(path, activity("Departement", "1.00")).status()).isEqualTo(403);
		long activityId = plan.get("focusAreas").get(3).get("activities").get(0).get("id").asLong();
		assertThat(api.as(member).put("/api/v1/action-plans/activities/" + activityId + "/follow-ups/2016",
				Map.of("progress", "x")).status()).isEqualTo(403);
		assertThat(api.as(member).post("/api/v1/action-plans/" + plan.get("id").asLong() + "/revisions",
				Map.of("reason", "x", "version", 0)).status()).isEqualTo(403);
	}

	@Test
	void twoEditorsOfOneActivityGetAConflictNotASilentOverwrite() {
		JsonNode plan = plan("OK2014");
		long id = office.post("/api/v1/action-plans/focus-areas/" + focusArea(plan, "UTVECKLINGSARBETE") + "/activities",
				activity("Samtidig ändring", "10.00")).json().get("id").asLong();
		assertThat(office.put("/api/v1/action-plans/activities/" + id,
				Map.of("activity", activity("Första ändringen", "20.00"), "version", 0)).status()).isEqualTo(200);
		var stale = office.put("/api/v1/action-plans/activities/" + id, Map.of("activity", activity("Andra ändringen", "30.00"), "version", 0));
		assertThat(stale.status()).isEqualTo(409);
		var invalid = office.put("/api/v1/action-plans/activities/" + id,
				Map.of("activity", activity("", "-5.00"), "version", 1));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.text()).contains("title", "budget");
	}

	@Test
	void aRevisedPlanKeepsItsEarlierVersionReadable() {
		JsonNode plan = api.get("/api/v1/action-plans/" + plan("OK2017").get("id").asLong()).json();
		long planId = plan.get("id").asLong();
		int revision = plan.get("revision").asInt();
		var revised = office.post("/api/v1/action-plans/" + planId + "/revisions",
				Map.of("reason", "Samråd 2018-05-20", "version", plan.get("version").asInt()));
		assertThat(revised.status()).isEqualTo(201);
		assertThat(revised.json().get("revision").asInt()).isEqualTo(revision + 1);
		JsonNode revisions = api.get("/api/v1/action-plans/" + planId + "/revisions").json();
		assertThat(revisions.findValuesAsString("reason")).contains("Samråd 2018-05-20");
		var page = api.get("/handlingsplan/" + planId + "/versioner/" + revision);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Utveckla den webbaserade introduktionsutbildningen");
	}
}
