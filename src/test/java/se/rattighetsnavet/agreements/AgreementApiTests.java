package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import se.rattighetsnavet.agreements.internal.DocumentFormatTests;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class AgreementApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	se.rattighetsnavet.audit.AuditLog auditLog;

	ApiClient api;
	static String office;
	static String ministry;
	static String member;
	static String payingAgency;
	long ok2014;
	long ok2017;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		if (office != null) {
			ok2014 = agreements.findByCode("OK2014").orElseThrow().id();
			ok2017 = agreements.findByCode("OK2017").orElseThrow().id();
			return;
		}
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		ministry = accounts.create("REGERINGSKANSLIET", Role.MINISTRY);
		member = accounts.create("0180", Role.MEMBER_EDITOR);
		payingAgency = accounts.create("KAMMARKOLLEGIET", Role.PAYING_AGENCY);
		ok2014 = agreements.findByCode("OK2014").orElseThrow().id();
		ok2017 = agreements.findByCode("OK2017").orElseThrow().id();
	}

	@Test
	void listsAgreementsWithTheAgreedFields() {
		ApiClient.Response response = api.get("/api/v1/agreements");
		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json().get("items");
		JsonNode first = find(items, ok2014);
		assertThat(first.get("fileNumber").asString()).isEqualTo("A2014/2289/DISK");
		assertThat(first.get("validFrom").asString()).isEqualTo("2014-06-13");
		assertThat(first.has("title")).isTrue();
		assertThat(first.has("validTo")).isTrue();
		assertThat(find(items, ok2017).get("fileNumber").asString()).isEmpty();
	}

	@Test
	void showsAnAgreementWithItsDeliverablesSortedByDueDate() {
		JsonNode agreement = api.get("/api/v1/agreements/" + ok2014).json();
		assertThat(agreement.get("department").asString()).isEqualTo("Arbetsmarknadsdepartementet");
		List<String> dates = new ArrayList<>();
		for (JsonNode d : agreement.get("deliverables")) {
			assertThat(d.has("id") && d.has("kind") && d.has("title") && d.has("recipient") && d.has("status")).isTrue();
			if (!d.get("dueDate").isNull()) {
				dates.add(d.get("dueDate").asString());
			}
		}
		assertThat(dates).isSorted().contains("2014-09-01", "2015-02-01", "2015-04-15", "2017-09-01");
		assertThat(agreement.get("deliverables").get(0).get("status").asString()).isIn("FORSENAD", "INLAMNAD", "GODKAND");
		assertThat(api.get("/api/v1/agreements/999999").status()).isEqualTo(404);
	}

	@Test
	void theProgrammeOfficeEditsTheFileNumberAndAStaleVersionGets409() {
		JsonNode current = api.get("/api/v1/agreements/" + ok2017).json();
		int version = current.get("version").asInt();
		Map<String, Object> change = Map.of("title", current.get("title").asString(), "fileNumber", "Ku2017/01234/DISK",
				"department", "Kulturdepartementet", "validFrom", current.get("validFrom").asString(), "validTo",
				current.get("validTo").asString(), "version", version);
		ApiClient.Response saved = api.as(office).patch("/api/v1/agreements/" + ok2017, change);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("fileNumber").asString()).isEqualTo("Ku2017/01234/DISK");
		assertThat(api.as(office).patch("/api/v1/agreements/" + ok2017, change).status()).isEqualTo(409);
		assertThat(auditLog.history("agreement", String.valueOf(ok2017))).isNotEmpty();

		Map<String, Object> back = new java.util.HashMap<>(change);
		back.put("fileNumber", "");
		back.put("version", version + 1);
		assertThat(api.as(office).patch("/api/v1/agreements/" + ok2017, back).status()).isEqualTo(200);
	}

	@Test
	void onlyTheProgrammeOfficeEdits() {
		Map<String, Object> change = Map.of("title", "x", "fileNumber", "x", "department", "x", "validFrom", "2017-06-01", "validTo",
				"2018-12-31", "version", 0);
		assertThat(api.patch("/api/v1/agreements/" + ok2017, change).status()).isEqualTo(401);
		assertThat(api.as(member).patch("/api/v1/agreements/" + ok2017, change).status()).isEqualTo(403);
		assertThat(api.as(ministry).patch("/api/v1/agreements/" + ok2017, change).status()).isEqualTo(403);
		assertThat(api.as(member).post("/api/v1/agreements/" + ok2017 + "/deliverables", deliverable("2031-01-10")).status())
			.isEqualTo(403);
		assertThat(api.as(office).patch("/api/v1/agreements/" + ok2017, Map.of("title", "", "department", "", "version", 0)).status())
			.isEqualTo(400);
	}

	@Test
	void documentsAreValidatedVersionedHashedAndOnlyForTheParties() throws Exception {
		long id = create("2031-02-10");
		byte[] pdf = DocumentFormatTests_pdf();
		assertThat(upload(api.as(office), id, "bild.pdf", "application/pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G' }).status())
			.isEqualTo(400);
		ApiClient.Response refused = upload(api.as(office), id, "bild.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("PDF");
		assertThat(upload(api.as(office).inEnglish(), id, "bild.png", "image/png", new byte[] { 1, 2, 3 }).json().get("errors").get(0)
			.get("message").asString()).contains("must be a PDF");
		assertThat(upload(api.as(member), id, "rapport.pdf", "application/pdf", pdf).status()).isEqualTo(403);

		ApiClient.Response first = upload(api.as(office), id, "rapport.pdf", "application/pdf", pdf);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("versionNo").asInt()).isEqualTo(1);
		assertThat(first.json().get("sha256").asString()).isEqualTo(se.rattighetsnavet.agreements.internal.DocumentFormat.sha256(pdf));
		ApiClient.Response second = upload(api.as(office), id, "rapport-v2.odt", "application/vnd.oasis.opendocument.text",
				DocumentFormatTests.odt());
		assertThat(second.json().get("versionNo").asInt()).isEqualTo(2);

		JsonNode internal = api.as(ministry).get("/api/v1/deliverables/" + id).json();
		assertThat(internal.get("status").asString()).isEqualTo("INLAMNAD");
		assertThat(internal.get("submittedAt").isNull()).isFalse();
		assertThat(internal.get("documents")).hasSize(2);
		JsonNode publicView = api.get("/api/v1/deliverables/" + id).json();
		assertThat(publicView.get("documents")).isEmpty();
		assertThat(publicView.get("responsible")).isEmpty();

		String path = "/api/v1/deliverables/" + id + "/documents/" + first.json().get("id").asLong();
		ApiClient.Response download = api.as(ministry).get(path);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.contentType()).startsWith("application/pdf");
		assertThat(api.get(path).status()).isEqualTo(401);
		assertThat(api.as(member).get(path).status()).isEqualTo(403);
	}

	@Test
	void theMinistryAcceptsASubmittedDeliverable() throws Exception {
		long id = create("2031-03-10");
		int version = api.as(office).get("/api/v1/deliverables/" + id).json().get("version").asInt();
		assertThat(api.as(ministry).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version)).status())
			.as("nothing handed in yet").isEqualTo(409);
		upload(api.as(office), id, "rapport.pdf", "application/pdf", DocumentFormatTests_pdf());
		version = api.as(office).get("/api/v1/deliverables/" + id).json().get("version").asInt();
		assertThat(api.as(office).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version)).status()).isEqualTo(403);
		assertThat(api.as(member).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version)).status()).isEqualTo(403);
		assertThat(api.as(payingAgency).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version)).status())
			.as("Kammarkollegiet only accepts what is handed in to it").isEqualTo(403);
		assertThat(api.as(ministry).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version - 1)).status())
			.isEqualTo(409);
		ApiClient.Response accepted = api.as(ministry).post("/api/v1/deliverables/" + id + "/acceptance", Map.of("version", version));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("GODKAND");
		assertThat(accepted.json().get("acceptedBy").asString()).contains("REGERINGSKANSLIET");
	}

	@Test
	void otherModulesSubmitGeneratedDocumentsThroughTheContract() {
		long id = create("2031-05-10");
		agreements.submitDocument(id, "handlingsplan.pdf", "application/pdf", DocumentFormatTests_pdf());
		assertThat(agreements.deliverable(id).orElseThrow().status()).isEqualTo(DeliverableStatus.INLAMNAD);
		assertThat(api.as(office).get("/api/v1/deliverables/" + id).json().get("documents").get(0).get("filename").asString())
			.isEqualTo("handlingsplan.pdf");
	}

	@Test
	void deliverablesAreEditedWithOptimisticLocking() {
		long id = create("2031-04-10");
		JsonNode current = api.as(office).get("/api/v1/deliverables/" + id).json();
		Map<String, Object> edit = new java.util.HashMap<>(deliverable("2031-04-20"));
		edit.put("status", "PAGAR");
		edit.put("version", current.get("version").asInt());
		ApiClient.Response saved = api.as(office).put("/api/v1/deliverables/" + id, edit);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("status").asString()).isEqualTo("PAGAR");
		assertThat(saved.json().get("dueDate").asString()).isEqualTo("2031-04-20");
		assertThat(api.as(office).put("/api/v1/deliverables/" + id, edit).status()).isEqualTo(409);
		edit.put("version", saved.json().get("version").asInt());
		edit.put("status", "GODKAND");
		assertThat(api.as(office).put("/api/v1/deliverables/" + id, edit).status()).as("accepting has its own operation").isEqualTo(400);
		edit.put("status", "PAGAR");
		edit.put("responsible", List.of("inte en adress"));
		assertThat(api.as(office).put("/api/v1/deliverables/" + id, edit).status()).isEqualTo(400);
		assertThat(api.as(ministry).put("/api/v1/deliverables/" + id, edit).status()).isEqualTo(403);
	}

	@Test
	void samradMinutesAreTheMinistrysAndADecisionAdoptsADeliverable() {
		ApiClient.Response samrad = api.as(office).post("/api/v1/agreements/" + ok2017 + "/meetings",
				Map.of("kind", "SAMRAD", "heldOn", "2031-05-20", "title", "Samråd 2031"));
		assertThat(samrad.status()).isEqualTo(201);
		assertThat(samrad.json().get("agenda").asString()).contains("kartläggning").contains("internationella organ");
		long samradId = samrad.json().get("id").asLong();
		Map<String, Object> minutes = Map.of("version", 0, "minutes", "Handlingsplanen diskuterades.", "attendance", "SKR, Ku");
		assertThat(api.as(office).put("/api/v1/meetings/" + samradId + "/minutes", minutes).status()).isEqualTo(403);
		assertThat(api.as(ministry).put("/api/v1/meetings/" + samradId + "/minutes", minutes).status()).isEqualTo(200);
		assertThat(api.as(ministry).put("/api/v1/meetings/" + samradId + "/minutes", minutes).status()).isEqualTo(409);
		assertThat(api.get("/api/v1/meetings/" + samradId).json().get("minutes").asString()).as("minutes are the parties'").isEmpty();

		long plan = create("2031-06-10");
		long group = api.as(office).post("/api/v1/agreements/" + ok2017 + "/meetings",
				Map.of("kind", "GROUP", "heldOn", "2031-06-12", "title", "Styrgruppsmöte")).json().get("id").asLong();
		ApiClient.Response decided = api.as(office).put("/api/v1/meetings/" + group + "/minutes", Map.of("version", 0, "minutes", "Protokoll",
				"attendance", "Alla", "decisions", List.of(Map.of("text", "Projektplanen fastställd", "adoptsDeliverable", plan))));
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.json().get("decisions").get(0).get("adoptsDeliverable").asLong()).isEqualTo(plan);
		assertThat(api.get("/api/v1/deliverables/" + plan).json().get("status").asString()).isEqualTo("GODKAND");

		assertThat(api.as(member).post("/api/v1/agreements/" + ok2017 + "/members", Map.of("name", "A", "organisation", "B")).status())
			.isEqualTo(403);
		assertThat(api.as(office).post("/api/v1/agreements/" + ok2017 + "/members",
				Map.of("name", "Anna Andersson", "organisation", "SKR", "role", "Ordförande")).status()).isEqualTo(201);
	}

	@Test
	void pagesRenderForThePublicWithoutWhatIsInternal() {
		long samrad = agreements.deliverables(ok2014).stream().filter(d -> d.kind() == DeliverableKind.SAMRAD).findFirst().orElseThrow().id();
		ApiClient.Response page = api.get("/avtal/leveranser/" + samrad);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Årligt samråd 2015").contains("Försenad").contains("kartläggning")
			.doesNotContain("type=\"file\"").doesNotContain("Ansvariga (e-post)");
		assertThat(api.get("/avtal/tidsfrister").text()).contains("Försenade leveranser");
		assertThat(api.get("/avtal/" + ok2014 + "?lang=en").text()).contains("Timeline").contains("Erik Ullenhag").contains("Late");
		assertThat(api.get("/avtal/leveranser/999999").status()).isEqualTo(404);
	}

	@Test
	void theAgreementsOwnDocumentsAreAddedByTheProgrammeOfficeAndPublic() {
		byte[] pdf = DocumentFormatTests_pdf();
		String path = "/api/v1/agreements/" + ok2014 + "/files";
		assertThat(multipart(api.as(member), path, "overenskommelse.pdf", "application/pdf", pdf, "Överenskommelsen").status()).isEqualTo(403);
		assertThat(multipart(api, path, "overenskommelse.pdf", "application/pdf", pdf, "Överenskommelsen").status()).isEqualTo(401);
		assertThat(multipart(api.as(office), path, "overenskommelse.pdf", "application/pdf", pdf, "").status()).isEqualTo(400);
		ApiClient.Response added = multipart(api.as(office), path, "overenskommelse.pdf", "application/pdf", pdf, "Överenskommelsen");
		assertThat(added.status()).isEqualTo(201);
		ApiClient.Response download = api.get(path + "/" + added.json().get("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(api.get("/avtal/" + ok2014).text()).contains("Överenskommelsen").contains("overenskommelse.pdf");
	}

	@Test
	void deadlinesListLateAndComingDeliverables() {
		JsonNode items = api.get("/api/v1/deadlines").json().get("items");
		assertThat(items).isNotEmpty();
		assertThat(items.get(0).get("status").asString()).isEqualTo("FORSENAD");
	}

	private long create(String dueDate) {
		ApiClient.Response created = api.as(office).post("/api/v1/agreements/" + ok2017 + "/deliverables", deliverable(dueDate));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static Map<String, Object> deliverable(String dueDate) {
		return Map.of("kind", "PROJEKTPLAN", "title", "Testleverans " + UUID.randomUUID(), "dueDate", dueDate, "recipient",
				"REGERINGSKANSLIET", "responsible", List.of("ansvarig@test.rattighetsnavet.se"));
	}

	static byte[] DocumentFormatTests_pdf() {
		return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	private static ApiClient.Response upload(ApiClient client, long id, String filename, String contentType, byte[] content) {
		return multipart(client, "/api/v1/deliverables/" + id + "/documents", filename, contentType, content, null);
	}

	private static ApiClient.Response multipart(ApiClient client, String path, String filename, String contentType, byte[] content,
			String title) {
		String boundary = "----rn" + UUID.randomUUID();
		String titlePart = title == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n";
		byte[] head = (titlePart + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return client.send(client.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), path);
	}

	private static JsonNode find(JsonNode items, long id) {
		for (JsonNode item : items) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("no agreement " + id);
	}
}
