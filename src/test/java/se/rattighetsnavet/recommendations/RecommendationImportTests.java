package se.rattighetsnavet.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

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
class RecommendationImportTests {

	static final String SAMPLE = "/recommendations/upr_info_sessions01-05_2008-2009.csv";
	static final String UPR_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";
	static final String UHRI_HEADER = "AnnotationId,AnnotationType,Body,Countries,Regions,Symbol,Text,Themes,AffectedPersons,Sdgs,"
			+ "PublicationDate,UprCycle,UprSession,UprPositions,UprRecommendingCountry\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	ApiClient office() {
		return new ApiClient(port).as(new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE));
	}

	static byte[] sample() throws IOException {
		try (InputStream in = RecommendationImportTests.class.getResourceAsStream(SAMPLE)) {
			return in.readAllBytes();
		}
	}

	static ApiClient.Response upload(ApiClient client, String format, String filename, byte[] content, boolean validOnly) {
		String path = "/api/v1/recommendations/imports";
		return client.send(Multipart.file(client.request(path), filename, content,
				Map.of("format", format, "validOnly", String.valueOf(validOnly))), path);
	}

	@Test
	void theSampleImportsOnceAndThenReportsNothingNew() throws IOException {
		ApiClient office = office();
		byte[] sample = sample();

		ApiClient.Response first = upload(office, "upr-info", "upr.csv", sample, false);
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		JsonNode result = first.json();
		assertThat(result.get("status").asString()).isEqualTo("DONE");
		assertThat(result.get("rowsRead").asLong()).isEqualTo(6094);
		assertThat(result.get("created").asLong()).isEqualTo(6094);
		assertThat(result.get("rejected").asLong()).isZero();

		ApiClient.Response second = upload(office, "upr-info", "upr.csv", sample, false);
		assertThat(second.json().get("created").asLong()).isZero();
		assertThat(second.json().get("unchanged").asLong()).isEqualTo(6094);

		JsonNode polled = office.get("/api/v1/recommendations/imports/" + result.get("id").asString()).json();
		assertThat(polled.get("created").asLong()).isEqualTo(6094);
		long rows = jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE import_id = ?::uuid")
			.param(result.get("id").asString()).query(Long.class).single();
		assertThat(rows).isEqualTo(6094);
	}

	@Test
	void aNewFileWhoseLaterRowsAreStoredAlreadyCreatesOnlyTheNewOnes() {
		ApiClient office = office();
		String marker = "overlap" + System.nanoTime();
		StringBuilder all = new StringBuilder(UPR_HEADER);
		StringBuilder tail = new StringBuilder(UPR_HEADER);
		for (int i = 1; i <= 1100; i++) {
			String row = "Sweden,WEOG,EU,\"" + marker + " recommendation " + i + "\",Norway,WEOG,,Accepted,4,Justice,3\n";
			all.append(row);
			if (i > 1050) {
				tail.append(row);
			}
		}
		all.append("Sweden,WEOG,EU,\"" + marker + " recommendation 7\",Norway,WEOG,,Accepted,4,Justice,3\n");

		JsonNode first = upload(office, "upr-info", "tail.csv", tail.toString().getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(first.get("created").asLong()).isEqualTo(50);
		JsonNode whole = upload(office, "upr-info", "all.csv", all.toString().getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(whole.get("status").asString()).as(whole.toString()).isEqualTo("DONE");
		assertThat(whole.get("rowsRead").asLong()).isEqualTo(1101);
		assertThat(whole.get("created").asLong()).isEqualTo(1050);
		assertThat(whole.get("unchanged").asLong()).isEqualTo(51);
		assertThat(jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE text LIKE ?").param(marker + " %")
			.query(Long.class).single()).isEqualTo(1100);
		assertThat(jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE text LIKE ? AND search_en @@ to_tsquery('english', ?)")
			.params(marker + " %", marker).query(Long.class).single()).isEqualTo(1100);
	}

	@Test
	void aMalformedFileIsRejectedWithLineNumbersAndWritesNothing() {
		String marker = "Malformed-" + UUID.randomUUID();
		String csv = UPR_HEADER
				+ "Sweden,WEOG,EU,\"" + marker + " good row\",Norway,WEOG,,Accepted,4,\"Justice\",3\n"
				+ "Sweden,WEOG,EU,,Norway,WEOG,,Accepted,4,Justice,3\n"
				+ "Sweden,WEOG,EU,\"" + marker + " bad session\",Norway,WEOG,,Accepted,4,Justice,three\n"
				+ "Sweden,WEOG,EU,\"" + marker + " short row\"\n";
		ApiClient.Response response = upload(office(), "upr-info", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), false);
		JsonNode result = response.json();
		assertThat(result.get("status").asString()).isEqualTo("FAILED");
		assertThat(result.get("rejected").asLong()).isEqualTo(3);
		assertThat(result.get("created").asLong()).isZero();
		assertThat(result.get("errors").findValuesAsString("line")).isNotNull();
		assertThat(result.get("errors").get(0).get("line").asLong()).isEqualTo(3);
		assertThat(result.get("errors").get(0).get("message").asString()).contains("Text");
		assertThat(result.get("errors").get(1).get("line").asLong()).isEqualTo(4);
		assertThat(result.get("errors").get(2).get("line").asLong()).isEqualTo(5);
		assertThat(count(marker)).isZero();

		JsonNode validOnly = upload(office(), "upr-info", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), true).json();
		assertThat(validOnly.get("status").asString()).isEqualTo("DONE");
		assertThat(validOnly.get("created").asLong()).isEqualTo(1);
		assertThat(count(marker)).isEqualTo(1);
	}

	@Test
	void missingColumnsAreNamed() {
		JsonNode result = upload(office(), "upr-info", "cols.csv", "To,Text,From\nSweden,x,Norway\n".getBytes(StandardCharsets.UTF_8),
				false).json();
		assertThat(result.get("status").asString()).isEqualTo("FAILED");
		assertThat(result.get("errors").get(0).get("message").asString()).contains("To-Rgrp").contains("Session").contains("Issue");
	}

	@Test
	void otherEncodingsAreRefusedAndAByteOrderMarkIsAccepted() {
		String marker = "Encoding-" + UUID.randomUUID();
		String csv = UPR_HEADER + "Sverige,WEOG,EU,\"" + marker + " åäö\",Norge,WEOG,,Accepted,4,Justice,3\n";
		JsonNode latin1 = upload(office(), "upr-info", "latin1.csv", csv.getBytes(StandardCharsets.ISO_8859_1), false).json();
		assertThat(latin1.get("status").asString()).isEqualTo("FAILED");
		assertThat(latin1.get("errors").get(0).get("message").asString()).contains("UTF-8");
		assertThat(count(marker)).isZero();

		byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[utf8.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		JsonNode bom = upload(office(), "upr-info", "bom.csv", withBom, false).json();
		assertThat(bom.get("created").asLong()).as(bom.toString()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT text FROM recommendations_recommendation WHERE text LIKE ?").param(marker + "%")
			.query(String.class).single()).endsWith("åäö");
	}

	@Test
	void uhriRowsCarryTheirTargetsAndReimportByAnnotationId() {
		String id = UUID.randomUUID().toString();
		String csv = UHRI_HEADER
				+ id + ",Recommendation,CRC,Sweden,WEOG,CRC/C/SWE/CO/5,\"Ensure that all children with disabilities have access to"
				+ " inclusive education.\",Persons with disabilities|Right to education,Children;Persons with disabilities,4.5|4.a,"
				+ "2015-03-06,,,,\n"
				+ id + "-2,Recommendation,UPR,Sweden,WEOG,A/HRC/29/13,\"Combat hate crime against Roma.\",Racial discrimination,Roma,,"
				+ "2015-06-01,2,21,Supported,Norway;Finland\n";
		JsonNode result = upload(office(), "uhri", "uhri.csv", csv.getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(result.get("created").asLong()).as(result.toString()).isEqualTo(2);
		long recommendationId = jdbc.sql("SELECT id FROM recommendations_recommendation WHERE symbol = 'CRC/C/SWE/CO/5' AND text LIKE"
				+ " 'Ensure that all children with disabilities%' ORDER BY id DESC LIMIT 1").query(Long.class).single();
		JsonNode recommendation = new ApiClient(port).get("/api/v1/recommendations/" + recommendationId).json();
		assertThat(recommendation.get("sdgTargets").toString()).contains("4.5").contains("4.a");
		assertThat(recommendation.get("sdgGoals").toString()).isEqualTo("[4]");
		assertThat(recommendation.get("groups").toString()).contains("Children");

		JsonNode again = upload(office(), "uhri", "uhri.csv", csv.getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(again.get("created").asLong()).isZero();
		assertThat(again.get("updated").asLong()).isZero();
		assertThat(again.get("unchanged").asLong()).isEqualTo(2);

		String revised = csv.replace("inclusive education.", "inclusive education in every municipality.");
		JsonNode changed = upload(office(), "uhri", "uhri.csv", revised.getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(changed.get("created").asLong()).as(changed.toString()).isZero();
		assertThat(changed.get("updated").asLong()).isEqualTo(1);
		assertThat(changed.get("unchanged").asLong()).isEqualTo(1);
		JsonNode updated = new ApiClient(port).get("/api/v1/recommendations/" + recommendationId).json();
		assertThat(updated.get("text").asString()).endsWith("in every municipality.");
		assertThat(updated.get("version").asInt()).isEqualTo(recommendation.get("version").asInt() + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'recommendation' AND entity_id = ? AND action = 'update'"
				+ " AND after_state::text LIKE '%every municipality%'").param(String.valueOf(recommendationId)).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE id = ? AND search_en @@ to_tsquery('english', 'municipality')")
			.param(recommendationId).query(Long.class).single()).isEqualTo(1);

		String badTarget = UHRI_HEADER + id + "-3,Recommendation,CRC,Sweden,,,Text,,,5.99,,,,,\n";
		JsonNode rejected = upload(office(), "uhri", "uhri.csv", badTarget.getBytes(StandardCharsets.UTF_8), false).json();
		assertThat(rejected.get("errors").get(0).get("message").asString()).contains("5.99");
	}

	@Test
	void onlyTheProgrammeOfficeImports() {
		String member = new TestAccounts(jdbc, passwordEncoder).create("0180", Role.MEMBER_EDITOR);
		byte[] csv = (UPR_HEADER + "Sweden,WEOG,EU,x,Norway,WEOG,,Accepted,4,Justice,3\n").getBytes(StandardCharsets.UTF_8);
		assertThat(upload(new ApiClient(port).as(member), "upr-info", "x.csv", csv, false).status()).isEqualTo(403);
		assertThat(upload(new ApiClient(port), "upr-info", "x.csv", csv, false).status()).isEqualTo(401);
	}

	private long count(String marker) {
		return jdbc.sql("SELECT count(*) FROM recommendations_recommendation WHERE text LIKE ?").param(marker + "%")
			.query(Long.class).single();
	}
}
