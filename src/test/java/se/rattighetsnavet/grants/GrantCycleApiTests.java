package se.rattighetsnavet.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;

/**
 * The two cycles the issue asks to walk through: 2017 (requisition → payment → final report with Alt 2 → repayment) and a
 * 2014 year with an annual report sent back for completion and then approved.
 */
@IntegrationTest
class GrantCycleApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	GrantsApi api;

	@BeforeEach
	void people() {
		api = new GrantsApi(port, jdbc, encoder);
	}

	@Test
	void the2017CycleFromRequisitionToRepayment() throws Exception {
		Agreement ok2017 = agreements.findByCode("OK2017").orElseThrow();
		String base = "/api/v1/grants/requisitions";

		ApiClient.Response created = api.programmeOffice.post(base,
				GrantsApi.requisition(ok2017.id(), "Ku2017/01234/DISK", 2000000, "2017-07-01", "2018-09-01"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode requisition = created.json();
		long id = requisition.get("id").asLong();
		assertThat(requisition.get("status").asString()).isEqualTo("UTKAST");
		assertThat(requisition.get("amount").asString()).isEqualTo("2000000.00");
		assertThat(requisition.get("recipient").asString()).as("defaults to SKR").isEqualTo("Sveriges Kommuner och Regioner");

		// drafts are hidden from members and the public, shown to the ministry
		assertThat(api.anonymous.get(base + "/" + id).status()).isEqualTo(404);
		assertThat(api.member.get(base + "/" + id).status()).isEqualTo(404);
		assertThat(api.anonymous.get(base + "?agreementId=" + ok2017.id()).text()).doesNotContain("\"id\":" + id + ",");
		assertThat(api.ministry.get(base + "/" + id).status()).isEqualTo(200);

		// only SKR's programme office submits
		assertThat(api.anonymous.post(base + "/" + id + "/submit", "").status()).isEqualTo(401);
		assertThat(api.member.post(base + "/" + id + "/submit", "").status()).isEqualTo(403);
		assertThat(api.memberOfSkrWithoutRole.post(base + "/" + id + "/submit", "").status()).as("role outside SKR").isEqualTo(403);
		assertThat(api.payingAgency.post(base + "/" + id + "/submit", "").status()).isEqualTo(403);
		ApiClient.Response submitted = api.programmeOffice.post(base + "/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("INLAMNAD");

		assertThat(status(ok2017, se.rattighetsnavet.agreements.DeliverableKind.REKVISITION, 2017)).as("handed in to the agreement")
			.isEqualTo(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD);

		// locked once submitted
		ApiClient.Response edit = api.programmeOffice.put(base + "/" + id + "?version=" + submitted.json().get("version").asInt(),
				GrantsApi.requisition(ok2017.id(), "Ku2017/01234/DISK", 1, "2017-07-01", "2018-09-01"));
		assertThat(edit.status()).isEqualTo(409);

		String pdf = GrantsApi.pdfText(api.anonymous.get(base + "/" + id + "/pdf"));
		assertThat(pdf).contains("Rekvisition", "Ku2017/01234/DISK", "UB-Ku2017/01234/DISK", "2 000 000,00 kr", "222000-0315",
				"Bankgiro", "5050-1055", "Sida 1 av");

		// Kammarkollegiet receives and pays; nobody else may
		assertThat(api.programmeOffice.post(base + "/" + id + "/payments", GrantsApi.money("2000000", "2017-11-15")).status()).isEqualTo(403);
		assertThat(api.payingAgency.post(base + "/" + id + "/payments", GrantsApi.money("2000000", "2017-11-15")).status())
			.as("not received yet").isEqualTo(409);
		assertThat(api.ministry.post(base + "/" + id + "/receipt", "").status()).isEqualTo(403);
		assertThat(api.payingAgency.post(base + "/" + id + "/receipt", "").json().get("status").asString()).isEqualTo("MOTTAGEN");
		assertThat(GrantsApi.errorFields(api.payingAgency.post(base + "/" + id + "/payments", GrantsApi.money("2000000,01", "2017-11-15"))))
			.containsExactly("amount");
		JsonNode paid = api.payingAgency.post(base + "/" + id + "/payments", GrantsApi.money("2 000 000,00", "2017-11-15")).json();
		assertThat(paid.get("status").asString()).isEqualTo("UTBETALD");
		assertThat(paid.get("paidAmount").asString()).isEqualTo("2000000.00");
		assertThat(paid.get("paidOn").asString()).isEqualTo("2017-11-15");

		// the signed original
		ApiClient.Response upload = uploadScan(api.programmeOffice, base + "/" + id + "/signed-originals", "Lena Micko", "2017-10-20");
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		assertThat(uploadScan(api.member, base + "/" + id + "/signed-originals", "X", "2017-10-20").status()).isEqualTo(403);
		assertThat(api.anonymous.get(base + "/" + id + "/signed-originals").json().get(0).get("signedBy").asString()).isEqualTo("Lena Micko");

		// the financial report, Alt 2 needs deviations and measures
		String reports = "/api/v1/grants/financial-reports";
		Map<String, Object> report = GrantsApi.report(ok2017.id(), "FINAL", null, "Ku2017/01234/DISK", "2000000", "2017-07-01",
				"2018-08-31", "NOT_CORRECT", "Utbildningsinsatser", "1 000 000", "Nätverk för MR-kommuner", "400 000,50",
				"Kommunikation", "199 999,50");
		assertThat(GrantsApi.errorFields(api.programmeOffice.post(reports, report))).containsExactly("deviations", "measures");
		report.put("deviations", "Konsultkostnader om 150 000 kr har bokförts på 2019.");
		report.put("measures", "Rättelse i bokslutet och ny rutin för periodisering.");
		report.put("unspent", "1");
		ApiClient.Response reportCreated = api.programmeOffice.post(reports, report);
		assertThat(reportCreated.status()).as(reportCreated.text()).isEqualTo(201);
		JsonNode financial = reportCreated.json();
		long reportId = financial.get("id").asLong();
		assertThat(financial.get("totalCosts").asString()).isEqualTo("1600000.00");
		assertThat(financial.get("unspent").asString()).as("computed, never typed").isEqualTo("400000.00");
		assertThat(financial.get("year").asInt()).isEqualTo(2017);

		assertThat(api.member.get(reports + "/" + reportId).status()).isEqualTo(404);
		assertThat(api.payingAgency.post(reports + "/" + reportId + "/submit", "").status()).isEqualTo(403);
		assertThat(api.programmeOffice.post(reports + "/" + reportId + "/submit", "").json().get("status").asString()).isEqualTo("INLAMNAD");
		assertThat(status(ok2017, se.rattighetsnavet.agreements.DeliverableKind.EKONOMISK_REDOVISNING, 2017))
			.isEqualTo(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD);
		String reportPdf = GrantsApi.pdfText(api.ministry.get(reports + "/" + reportId + "/pdf"));
		assertThat(reportPdf).contains("Ku2017/01234/DISK", "UB-Ku2017/01234/DISK", "1 600 000,00 kr", "400 000,00 kr", "Alt 2",
				"Rättelse i bokslutet", "Ekonomidirektör");

		// the ministry approves; the unspent funds become a repayment obligation
		assertThat(api.programmeOffice.post(reports + "/" + reportId + "/approve", "").status()).isEqualTo(403);
		assertThat(api.payingAgency.post(reports + "/" + reportId + "/approve", "").status()).isEqualTo(403);
		assertThat(api.ministry.post(reports + "/" + reportId + "/approve", "").json().get("status").asString()).isEqualTo("GODKAND");
		JsonNode obligation = api.anonymous.get("/api/v1/grants/repayment-obligations?agreementId=" + ok2017.id()).json().get(0);
		assertThat(new java.math.BigDecimal(obligation.get("amount").asString())).isEqualByComparingTo("400000");
		assertThat(obligation.get("dueOn").asString()).isEqualTo(ok2017.validTo().toString());
		long obligationId = obligation.get("id").asLong();

		String repayments = "/api/v1/grants/repayment-obligations/" + obligationId + "/repayments";
		assertThat(api.ministry.post(repayments, GrantsApi.money("400000", "2018-12-01")).status()).isEqualTo(403);
		assertThat(GrantsApi.errorFields(api.payingAgency.post(repayments, GrantsApi.money("400000,01", "2018-12-01")))).containsExactly("amount");
		assertThat(api.payingAgency.post(repayments, GrantsApi.money("150000", "2018-11-01")).status()).isEqualTo(200);
		assertThat(api.payingAgency.post(repayments, GrantsApi.money("250 000", "2018-12-01")).status()).isEqualTo(200);

		JsonNode ledger = api.anonymous.get("/api/v1/grants/ledger?agreementId=" + ok2017.id()).json();
		assertThat(ledger.get("granted").asString()).isEqualTo("3000000.00");
		assertThat(ledger.get("requested").asString()).isEqualTo("2000000.00");
		assertThat(ledger.get("paid").asString()).isEqualTo("2000000.00");
		assertThat(ledger.get("reportedCosts").asString()).isEqualTo("1600000.00");
		assertThat(ledger.get("unspent").asString()).isEqualTo("400000.00");
		assertThat(ledger.get("repaid").asString()).isEqualTo("400000.00");
		assertThat(ledger.get("toRepay").asString()).isEqualTo("0.00");
		GrantsApi.assertLedgerHolds(api.anonymous, ok2017.id());

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'requisition' AND entity_id = ? ORDER BY id")
			.param(String.valueOf(id)).query(String.class).list()).containsExactly("create", "submit", "receive", "pay");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'repaymentObligation' AND entity_id = ?")
			.param(String.valueOf(obligationId)).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void a2014YearWithAnAnnualReportSentBackAndApproved() throws Exception {
		Agreement ok2014 = agreements.findByCode("OK2014").orElseThrow();
		String base = "/api/v1/grants/requisitions";
		Map<String, Object> body = GrantsApi.requisition(ok2014.id(), ok2014.fileNumber(), "4 000 000", "2014-06-13", "2014-12-31");
		body.put("paymentAccountType", "PLUSGIRO");
		body.put("paymentAccount", "123456-6");
		long id = api.programmeOffice.post(base, body).json().get("id").asLong();
		assertThat(api.programmeOffice.post(base + "/" + id + "/submit", "").status()).isEqualTo(200);
		assertThat(api.payingAgency.post(base + "/" + id + "/receipt", "").status()).isEqualTo(200);
		assertThat(api.payingAgency.post(base + "/" + id + "/payments", GrantsApi.money("4000000", "2014-09-15")).status()).isEqualTo(200);
		assertThat(GrantsApi.pdfText(api.anonymous.get(base + "/" + id + "/pdf"))).contains("A2014/2289/DISK", "4 000 000,00 kr", "Plusgiro");

		String reports = "/api/v1/grants/financial-reports";
		Map<String, Object> report = GrantsApi.report(ok2014.id(), "ANNUAL", 2014, ok2014.fileNumber(), "4000000", "2014-06-13",
				"2014-12-31", "CORRECT", "Kartläggning", "1 200 000", "Handlingsplan och utbildning", "2 300 000");
		JsonNode created = api.programmeOffice.post(reports, report).json();
		long reportId = created.get("id").asLong();
		assertThat(created.get("unspent").asString()).isEqualTo("500000.00");
		assertThat(api.programmeOffice.post(reports + "/" + reportId + "/submit", "").status()).isEqualTo(200);

		assertThat(GrantsApi.errorFields(api.ministry.post(reports + "/" + reportId + "/completion-requests", Map.of("reason", " "))))
			.containsExactly("reason");
		JsonNode sentBack = api.ministry.post(reports + "/" + reportId + "/completion-requests",
				Map.of("reason", "Specificera kostnaderna för utbildning.")).json();
		assertThat(sentBack.get("status").asString()).isEqualTo("KOMPLETTERING_BEGARD");
		assertThat(sentBack.get("completionReason").asString()).isEqualTo("Specificera kostnaderna för utbildning.");

		report.put("costs", java.util.List.of(Map.of("description", "Kartläggning", "amount", "1200000"),
				Map.of("description", "Handlingsplan", "amount", "800000"), Map.of("description", "Utbildning", "amount", "1500000")));
		JsonNode completed = api.programmeOffice.put(reports + "/" + reportId + "?version=" + sentBack.get("version").asInt(), report).json();
		assertThat(completed.get("totalCosts").asString()).isEqualTo("3500000.00");
		assertThat(api.programmeOffice.post(reports + "/" + reportId + "/submit", "").json().get("status").asString()).isEqualTo("INLAMNAD");
		assertThat(api.ministry.post(reports + "/" + reportId + "/approve", "").json().get("status").asString()).isEqualTo("GODKAND");
		assertThat(status(ok2014, se.rattighetsnavet.agreements.DeliverableKind.REKVISITION, 2014))
			.isEqualTo(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD);
		assertThat(status(ok2014, se.rattighetsnavet.agreements.DeliverableKind.EKONOMISK_REDOVISNING, 2015))
			.as("the 2014 report is the one due before the 2015 samråd").isEqualTo(se.rattighetsnavet.agreements.DeliverableStatus.INLAMNAD);

		JsonNode year2014 = api.anonymous.get("/api/v1/grants/ledger?agreementId=" + ok2014.id()).json().get("years").get(0);
		assertThat(year2014.get("year").asInt()).isEqualTo(2014);
		assertThat(year2014.get("paid").asString()).isEqualTo("4000000.00");
		assertThat(year2014.get("reportedCosts").asString()).isEqualTo("3500000.00");
		assertThat(year2014.get("unspent").asString()).isEqualTo("500000.00");
		assertThat(year2014.get("toRepay").asString()).as("annual reports settle nothing").isEqualTo("0.00");
		GrantsApi.assertLedgerHolds(api.anonymous, ok2014.id());

		// reports that were due and never came are flagged for a possible reclaim, for the ministry and not for the public
		JsonNode flags = api.ministry.get("/api/v1/grants/reclaim-flags?agreementId=" + ok2014.id()).json();
		assertThat(flags.size()).isPositive();
		assertThat(flags.get(0).get("dueDate").asString()).isNotEmpty();
		assertThat(api.anonymous.get("/api/v1/grants/reclaim-flags?agreementId=" + ok2014.id()).json().size()).isZero();
		assertThat(api.member.get("/api/v1/grants/reclaim-flags?agreementId=" + ok2014.id()).json().size()).isZero();

		ApiClient.Response xlsx = api.anonymous.get("/api/v1/grants/ledger.xlsx?agreementId=" + ok2014.id());
		assertThat(xlsx.status()).isEqualTo(200);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
			var row = workbook.getSheetAt(0).getRow(3);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2014);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(4_000_000d);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(3_500_000d);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(500_000d);
		}
	}

	private se.rattighetsnavet.agreements.DeliverableStatus status(Agreement agreement, se.rattighetsnavet.agreements.DeliverableKind kind,
			int year) {
		return agreements.deliverables(agreement.id()).stream()
			.filter(d -> d.kind() == kind && d.year() != null && d.year() == year)
			.findFirst()
			.orElseThrow()
			.status();
	}

	private static ApiClient.Response uploadScan(ApiClient client, String path, String signedBy, String signedOn) {
		String boundary = "grants-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"signedBy\"\r\n\r\n" + signedBy + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"signedOn\"\r\n\r\n" + signedOn + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"underskrift.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 signed scan\r\n--" + boundary + "--\r\n";
		HttpRequest.Builder request = client.request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return client.send(request, path);
	}
}
