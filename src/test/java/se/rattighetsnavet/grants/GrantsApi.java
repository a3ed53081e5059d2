package se.rattighetsnavet.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

/**
 * The people of a grant cycle, each with an account, and the request bodies they send.
 */
final class GrantsApi {

	final ApiClient anonymous;
	final ApiClient programmeOffice;
	final ApiClient payingAgency;
	final ApiClient ministry;
	final ApiClient member;
	final ApiClient memberOfSkrWithoutRole;

	GrantsApi(int port, JdbcClient jdbc, PasswordEncoder encoder) {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		anonymous = new ApiClient(port);
		programmeOffice = anonymous.as(accounts.create("SKR", Role.PROGRAMME_OFFICE));
		payingAgency = anonymous.as(accounts.create("KAMMARKOLLEGIET", Role.PAYING_AGENCY));
		ministry = anonymous.as(accounts.create("REGERINGSKANSLIET", Role.MINISTRY));
		member = anonymous.as(accounts.create("0180", Role.MEMBER_EDITOR));
		memberOfSkrWithoutRole = anonymous.as(accounts.create("0180", Role.PROGRAMME_OFFICE));
	}

	static Map<String, Object> requisition(long agreementId, String fileNumber, Object amount, String from, String to) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agreementId", agreementId);
		body.put("organisationNumber", "222000-0315");
		body.put("contactPerson", "Anna Andersson");
		body.put("postalAddress", "Sveriges Kommuner och Regioner, 118 82 Stockholm");
		body.put("phone", "08-452 70 00");
		body.put("fax", null);
		body.put("email", "anna.andersson@skr.se");
		body.put("agreementFileNumber", fileNumber);
		body.put("paymentDecisionFileNumber", "UB-" + fileNumber);
		body.put("agreementName", "Överenskommelse om mänskliga rättigheter");
		body.put("amount", amount);
		body.put("periodFrom", from);
		body.put("periodTo", to);
		body.put("paymentAccountType", "BANKGIRO");
		body.put("paymentAccount", "5050-1055");
		body.put("paymentReference", "MR-bidrag");
		return body;
	}

	static Map<String, Object> report(long agreementId, String kind, Integer year, String fileNumber, String received, String from,
			String to, String attestation, String... costs) {
		Map<String, Object> body = new LinkedHashMap<>(requisition(agreementId, fileNumber, null, from, to));
		body.keySet().removeAll(List.of("amount", "paymentAccountType", "paymentAccount", "paymentReference"));
		body.put("kind", kind);
		body.put("year", year == null ? null : String.valueOf(year));
		body.put("totalGranted", received);
		body.put("totalPaidOut", received);
		body.put("grantReceived", received);
		List<Map<String, String>> items = new ArrayList<>();
		for (int i = 0; i + 1 < costs.length; i += 2) {
			items.add(Map.of("description", costs[i], "amount", costs[i + 1]));
		}
		body.put("costs", items);
		body.put("cfoAttestation", attestation);
		body.put("cfoName", "Eva Ek");
		body.put("cfoTitle", "Ekonomidirektör");
		body.put("cfoPhone", "08-452 70 01");
		body.put("cfoEmail", "eva.ek@skr.se");
		body.put("cfoDate", "2018-08-20");
		return body;
	}

	static Map<String, String> money(String amount, String paidOn) {
		return Map.of("amount", amount, "paidOn", paidOn);
	}

	static BigDecimal amount(JsonNode node, String field) {
		return new BigDecimal(node.get(field).asString());
	}

	static List<String> errorFields(ApiClient.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	static String pdfText(ApiClient.Response response) throws Exception {
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.bytes())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Every invariant of every year of the agreement's ledger, as served by the API. */
	static void assertLedgerHolds(ApiClient client, long agreementId) {
		JsonNode ledger = client.get("/api/v1/grants/ledger?agreementId=" + agreementId).json();
		for (JsonNode year : ledger.get("years")) {
			BigDecimal granted = amount(year, "granted");
			BigDecimal requested = amount(year, "requested");
			BigDecimal paid = amount(year, "paid");
			assertThat(paid).as("paid <= requested in %s", year).isLessThanOrEqualTo(requested);
			assertThat(requested).as("requested <= granted in %s", year).isLessThanOrEqualTo(granted);
			assertThat(amount(year, "unspent")).as("unspent = received - costs in %s", year)
				.isEqualByComparingTo(amount(year, "received").subtract(amount(year, "reportedCosts")));
			assertThat(amount(year, "repaid")).as("repaid <= unspent in %s", year)
				.isLessThanOrEqualTo(amount(year, "unspent").max(BigDecimal.ZERO));
			assertThat(amount(year, "toRepay")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
		}
	}
}
