package se.rattighetsnavet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class KnowledgeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	ApiClient api;
	ApiClient office;
	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		accounts = new TestAccounts(jdbc, encoder);
		office = api.as(accounts.create("SKR", Role.PROGRAMME_OFFICE));
	}

	static Map<String, Object> draft(String title, String body) {
		return Map.of("kind", "GOOD_EXAMPLE", "title", title, "summary", "Hur en kommun involverade unga i budgetarbetet.",
				"body", body, "language", "sv", "tags", List.of("group:barn-och-unga", "sdg:16"));
	}

	@Test
	void theSeedsPublicationsAreFoundByPublicSearch() {
		JsonNode found = api.get("/api/v1/publications?q=styrning").json().get("items");
		assertThat(found.findValuesAsString("slug")).contains("manskliga-rattigheter-i-styrning-och-ledning");
		assertThat(api.get("/api/v1/publications?q=Kolada").json().get("items").findValuesAsString("slug"))
			.contains("indikatorklustret-for-mr-i-kolada");
	}

	@Test
	void aPublicationIsDraftedReviewedPublishedAndThenFoundBySearchAndInTheFeed() {
		String unique = "Medborgarbudget" + System.nanoTime();
		var created = office.post("/api/v1/publications", draft(unique + " i Exempelby", "Ungdomsråden fick bestämma över "
				+ unique + ".\n\nResultatet blev lekparker."));
		assertThat(created.status()).isEqualTo(201);
		JsonNode item = created.json();
		long id = item.get("id").asLong();
		String slug = item.get("slug").asString();
		assertThat(item.get("status").asString()).isEqualTo("DRAFT");

		assertThat(api.get("/api/v1/publications?q=" + unique).json().get("items")).isEmpty();
		assertThat(api.get("/kunskapsbank/" + slug).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/publications/" + slug).status()).isEqualTo(404);

		assertThat(office.post("/api/v1/publications/" + id + "/status", Map.of("status", "PUBLISHED", "version", 0)).status())
			.isEqualTo(409);
		assertThat(office.post("/api/v1/publications/" + id + "/status", Map.of("status", "REVIEW", "version", 0)).status())
			.isEqualTo(200);
		var published = office.post("/api/v1/publications/" + id + "/status", Map.of("status", "PUBLISHED", "version", 1));
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("publishedOn").isNull()).isFalse();

		assertThat(api.get("/api/v1/publications?q=" + unique.toLowerCase()).json().get("items").findValuesAsString("slug"))
			.containsExactly(slug);
		assertThat(api.get("/api/v1/publications?q=lekparkerna").json().get("items").findValuesAsString("slug"))
			.as("Swedish stemming").contains(slug);
		var feed = api.get("/kunskapsbank/flode.xml");
		assertThat(feed.contentType()).startsWith("application/rss+xml");
		assertThat(feed.text()).contains("<rss version=\"2.0\">", unique + " i Exempelby", "/kunskapsbank/" + slug);
		assertThat(api.get("/kunskapsbank/" + slug).text()).contains("Resultatet blev lekparker.");
		assertThat(api.get("/sok?q=" + unique).text()).contains(unique + " i Exempelby");
		assertThat(api.get("/sok?q=Sundsvall").text()).contains("Sundsvalls kommun");
	}

	@Test
	void anAttachmentOfADraftIsNotPublicUntilTheItemIsPublished() {
		String email = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		long id = api.as(email).post("/api/v1/publications", draft("Med bilaga " + System.nanoTime(), "x")).json().get("id").asLong();
		String boundary = "----rn" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vagledning.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nMänskliga rättigheter\r\n--" + boundary + "--\r\n";
		String path = "/api/v1/publications/" + id + "/attachments";
		var uploaded = api.as(email).send(api.as(email).request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)), path);
		assertThat(uploaded.status()).isEqualTo(201);
		long attachmentId = uploaded.json().get("id").asLong();
		assertThat(api.get("/kunskapsbank/bilagor/" + attachmentId).status()).isEqualTo(404);
		api.as(email).post("/api/v1/publications/" + id + "/status", Map.of("status", "REVIEW", "version", 0));
		api.as(email).post("/api/v1/publications/" + id + "/status", Map.of("status", "PUBLISHED", "version", 1));
		var file = api.get("/kunskapsbank/bilagor/" + attachmentId);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.text()).isEqualTo("Mänskliga rättigheter");
	}

	@Test
	void onlyTheProgrammeOfficeWritesAndPublishes() {
		String member = accounts.create("0180", Role.MEMBER_EDITOR);
		String ministry = accounts.create("REGERINGSKANSLIET", Role.MINISTRY);
		assertThat(api.post("/api/v1/publications", draft("Anonym", "x")).status()).isEqualTo(401);
		assertThat(api.as(member).post("/api/v1/publications", draft("Medlem", "x")).status()).isEqualTo(403);
		assertThat(api.as(ministry).post("/api/v1/publications", draft("Departement", "x")).status()).isEqualTo(403);
		long id = office.post("/api/v1/publications", draft("Väntar på granskning " + System.nanoTime(), "x")).json().get("id").asLong();
		assertThat(api.as(member).post("/api/v1/publications/" + id + "/status", Map.of("status", "REVIEW", "version", 0)).status())
			.isEqualTo(403);
		assertThat(api.get("/kunskapsbank/redigera").status()).as("anonymous is sent to sign in").isEqualTo(302);
	}

	@Test
	void twoEditorsOfOneTextGetAConflict() {
		JsonNode item = office.post("/api/v1/publications", draft("Samtidig " + System.nanoTime(), "x")).json();
		long id = item.get("id").asLong();
		assertThat(office.put("/api/v1/publications/" + id, Map.of("item", draft("Ändrad ett", "y"), "version", 0)).status()).isEqualTo(200);
		assertThat(office.put("/api/v1/publications/" + id, Map.of("item", draft("Ändrad två", "z"), "version", 0)).status()).isEqualTo(409);
	}

	@Test
	void trainingReachIsShownPerMemberAndRegisteredOnlyForOnesOwnOrganisation() {
		String code = "2281";
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		String other = accounts.create("0180", Role.MEMBER_EDITOR);
		Map<String, Object> session = Map.of("courseCode", "lokala-utbildningar", "heldOn", "2017-03-14", "organiser", "SKL",
				"place", "Sundsvall", "organisationCode", code, "electedOfficials", 12, "managers", 20, "employees", 45);
		long before = api.get("/api/v1/training/reach?organisationCode=" + code).json().get("organisation").get("reach")
			.get("employees").asLong();
		assertThat(api.post("/api/v1/training/sessions", session).status()).isEqualTo(401);
		assertThat(api.as(other).post("/api/v1/training/sessions", session).status()).isEqualTo(403);
		assertThat(api.as(editor).post("/api/v1/training/sessions", session).status()).isEqualTo(201);
		var invalid = api.as(editor).post("/api/v1/training/sessions", Map.of("courseCode", "lokala-utbildningar",
				"organisationCode", code, "organiser", "SKL", "heldOn", "2017-03-14"));
		assertThat(invalid.status()).isEqualTo(400);

		JsonNode reach = api.get("/api/v1/training/reach?organisationCode=" + code).json().get("organisation");
		assertThat(reach.get("reach").get("employees").asLong()).isEqualTo(before + 45);
		assertThat(reach.get("reach").get("organisationName").asString()).isEqualTo("Sundsvalls kommun");
		assertThat(reach.get("audienceEmployees").asLong()).isEqualTo(1_100_000);
		JsonNode overall = api.get("/api/v1/training/reach").json();
		assertThat(overall.get("members").findValuesAsString("organisationCode")).contains(code);
		assertThat(api.get("/kunskapsbank/utbildning").text()).contains("Sundsvalls kommun", "reach-table");
	}
}
