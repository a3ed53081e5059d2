package se.rattighetsnavet.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
 * Bad input answers RFC 9457 problem+json with an {@code errors} entry per field, in Swedish or English, and never reaches the
 * database; only SKR's programme office may draft; two editors of one draft get 409, not a silent overwrite.
 */
@IntegrationTest
class RequisitionValidationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsStored() {
		GrantsApi api = new GrantsApi(port, jdbc, encoder);
		Agreement ok2017 = agreements.findByCode("OK2017").orElseThrow();
		Map<String, Object> body = GrantsApi.requisition(ok2017.id(), "Ku2017/9/DISK", "12,345", "2016-01-01", "2018-09-01");
		body.put("organisationNumber", "222000-0316");
		body.put("phone", "12345");
		body.put("email", "skr.se");
		body.put("paymentAccount", "5050-1056");
		int before = count();

		ApiClient.Response response = api.programmeOffice.post("/api/v1/grants/requisitions", body);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(GrantsApi.errorFields(response)).containsExactlyInAnyOrder("recipient", "organisationNumber", "phone", "email", "amount",
				"periodFrom", "paymentAccount");
		assertThat(message(response, "organisationNumber")).contains("organisationsnummer");
		assertThat(count()).isEqualTo(before);

		ApiClient.Response english = api.programmeOffice.inEnglish().post("/api/v1/grants/requisitions", body);
		assertThat(message(english, "organisationNumber")).contains("organisation number");

		Map<String, Object> tooMuch = GrantsApi.requisition(ok2017.id(), "Ku2017/9/DISK", "3 000 000,01", "2017-07-01", "2018-09-01");
		assertThat(GrantsApi.errorFields(api.programmeOffice.post("/api/v1/grants/requisitions", tooMuch))).containsExactly("amount");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheProgrammeOfficeOfSkrDrafts() {
		GrantsApi api = new GrantsApi(port, jdbc, encoder);
		Agreement ok2017 = agreements.findByCode("OK2017").orElseThrow();
		Map<String, Object> body = GrantsApi.requisition(ok2017.id(), "Ku2017/9/DISK", "100", "2017-07-01", "2018-09-01");
		assertThat(api.anonymous.post("/api/v1/grants/requisitions", body).status()).isEqualTo(401);
		assertThat(api.member.post("/api/v1/grants/requisitions", body).status()).isEqualTo(403);
		assertThat(api.memberOfSkrWithoutRole.post("/api/v1/grants/requisitions", body).status()).isEqualTo(403);
		assertThat(api.payingAgency.post("/api/v1/grants/requisitions", body).status()).isEqualTo(403);
		assertThat(api.ministry.post("/api/v1/grants/requisitions", body).status()).isEqualTo(403);
		assertThat(api.member.post("/api/v1/grants/financial-reports", Map.of("agreementId", ok2017.id())).status()).isEqualTo(403);
		assertThat(api.programmeOffice.post("/api/v1/grants/requisitions", body).status()).isEqualTo(201);
	}

	@Test
	void twoEditorsOfOneDraftConflict() {
		GrantsApi api = new GrantsApi(port, jdbc, encoder);
		Agreement ok2017 = agreements.findByCode("OK2017").orElseThrow();
		Map<String, Object> body = GrantsApi.requisition(ok2017.id(), "Ku2017/9/DISK", "100", "2017-07-01", "2018-09-01");
		JsonNode draft = api.programmeOffice.post("/api/v1/grants/requisitions", body).json();
		String path = "/api/v1/grants/requisitions/" + draft.get("id").asLong() + "?version=" + draft.get("version").asInt();
		body.put("amount", "200");
		assertThat(api.programmeOffice.put(path, body).status()).isEqualTo(200);
		body.put("amount", "300");
		ApiClient.Response second = api.programmeOffice.put(path, body);
		assertThat(second.status()).isEqualTo(409);
		assertThat(api.programmeOffice.get("/api/v1/grants/requisitions/" + draft.get("id").asLong()).json().get("amount").asString())
			.isEqualTo("200.00");
	}

	private static String message(ApiClient.Response response, String field) {
		for (JsonNode error : response.json().get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		return null;
	}

	private int count() {
		return jdbc.sql("SELECT count(*) FROM grants_requisition").query(Integer.class).single();
	}
}
