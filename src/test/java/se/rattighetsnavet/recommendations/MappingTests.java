package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class MappingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theOfficeSelectsGroupsAndGetsTheReport() throws Exception {
		TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
		String officeEmail = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		ApiClient office = new ApiClient(port).as(officeEmail);
		String state = RecommendationSearchTests.importSmallSet(office, "Mapland " + UUID.randomUUID().toString().substring(0, 8));
		long id = office.get("/api/v1/recommendations?state=" + RecommendationSearchTests.encode(state) + "&q=shelters").json()
			.get("items").get(0).get("id").asLong();
		String area = "Våld i nära relationer " + UUID.randomUUID().toString().substring(0, 4);
		Map<String, Object> entry = Map.of("rightsArea", area, "targetGroup", "Kvinnor", "needs", "Skyddade boenden saknas i små kommuner",
				"plannedSupport", "Vägledning om kvinnofridsarbete");
		ApiClient.Response saved = office.put("/api/v1/recommendations/mapping/" + id, entry);
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		assertThat(office.put("/api/v1/recommendations/mapping/" + id, Map.of("rightsArea", area, "targetGroup", "Kvinnor", "version", 5))
			.status()).isEqualTo(409);
		assertThat(office.put("/api/v1/recommendations/mapping/" + id, Map.of("rightsArea", " ", "targetGroup", "", "version", 0))
			.status()).isEqualTo(400);

		String member = accounts.create("0180", Role.MEMBER_EDITOR);
		assertThat(new ApiClient(port).as(member).put("/api/v1/recommendations/mapping/" + id, entry).status()).isEqualTo(403);
		assertThat(new ApiClient(port).as(member).get("/api/v1/recommendations/mapping").status()).isEqualTo(403);
		assertThat(new ApiClient(port).get("/rekommendationer/kartlaggning/rapport.pdf").status()).isIn(302, 401, 403);

		ApiClient.Response pdf = office.get("/api/v1/recommendations/mapping/report.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");

		ApiClient.Response docx = office.get("/api/v1/recommendations/mapping/report.docx");
		assertThat(docx.status()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains(area).contains("Kvinnor").contains("Skyddade boenden saknas").contains("diarienummer");
		}
	}
}
