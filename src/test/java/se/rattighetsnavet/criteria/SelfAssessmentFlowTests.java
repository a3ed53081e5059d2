package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;
import tools.jackson.databind.JsonNode;

/**
 * Six municipalities of one county and size join, are confirmed, appear on the public list, self-assess two years and see
 * their progress and the peer medians; nobody else reads or changes their drafts.
 */
@IntegrationTest
class SelfAssessmentFlowTests {

	static final int FIRST = 2021;
	static final int SECOND = 2022;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ProgressManagement progress;

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	MembershipManagement memberships;

	@Test
	void membersJoinSelfAssessTwoYearsAndCompareWithTheirPeers() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		List<Organisation> members = CriteriaTestData.peers(organisations, jdbc, 6);
		List<String> editors = new ArrayList<>();
		for (Organisation member : members) {
			String editor = accounts.create(member.code(), Role.MEMBER_EDITOR);
			editors.add(editor);
			CriteriaTestData.join(api, editor, office, member.code());
		}

		JsonNode list = api.get("/api/v1/mr-members").json();
		for (Organisation member : members) {
			assertThat(list.valueStream().filter(m -> m.get("organisationCode").asString().equals(member.code())))
				.singleElement()
				.satisfies(m -> {
					assertThat(m.get("name").asString()).isEqualTo(member.name());
					assertThat(m.get("joinedOn").asString()).isEqualTo("2020-06-15");
				});
		}

		for (int i = 0; i < members.size(); i++) {
			String path = "/api/v1/self-assessments/" + members.get(i).code();
			ApiClient editor = api.as(editors.get(i));
			assertThat(editor.put(path + "/" + FIRST, Map.of("version", 0, "cells", CriteriaTestData.cells(1 + i % 2))).status()).isEqualTo(200);
			assertThat(editor.post(path + "/" + FIRST + "/submit", Map.of("version", 1)).status()).isEqualTo(200);
		}

		// The second year starts pre-filled from the first; the first member raises one commitment.
		Organisation first = members.get(0);
		ApiClient editor = api.as(editors.get(0));
		String second = "/api/v1/self-assessments/" + first.code() + "/" + SECOND;
		JsonNode saved = editor.put(second, Map.of("version", 0, "cells", List.of(Map.of("commitment", "kunskap", "role",
				"samhallsaktor", "level", 4, "evidence", "Utbildning för alla chefer")))).json();
		assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
		assertThat(levelOf(saved, "kunskap", "samhallsaktor")).isEqualTo(4);
		assertThat(levelOf(saved, "involvera", "demokratiaktor")).isEqualTo(1);
		assertThat(editor.post(second + "/submit", Map.of("version", saved.get("version").asInt())).status()).isEqualTo(200);

		Progress own = CriteriaTestData.as(CriteriaTestData.actor(first.code(), Role.MEMBER_READER), () -> progress.progress(first.code()));
		assertThat(own.years()).extracting(Progress.YearScores::year).containsExactly(FIRST, SECOND);
		assertThat(own.years().get(1).scores().get(Commitment.KUNSKAP)).isEqualByComparingTo("1.8");
		assertThat(own.comparisonYear()).isEqualTo(SECOND);
		// Only one member submitted the second year: no median may be shown.
		assertThat(own.comparisons()).allSatisfy(c -> assertThat(c.allMembers()).isNull());

		Progress other = CriteriaTestData.as(CriteriaTestData.actor(members.get(1).code(), Role.MEMBER_EDITOR),
				() -> progress.progress(members.get(1).code()));
		Progress.Comparison involve = other.comparisons().get(Commitment.INVOLVERA.ordinal());
		assertThat(involve.own()).isEqualByComparingTo("2.0");
		assertThat(involve.county().contributors()).isEqualTo(6);
		assertThat(involve.similarSize().contributors()).isEqualTo(6);
		assertThat(involve.county().median()).isEqualByComparingTo(new BigDecimal("1.5"));
		assertThat(involve.allMembers().contributors()).isGreaterThanOrEqualTo(6);

		Coverage coverage = CriteriaTestData.as(CriteriaTestData.actor("SKR", Role.PROGRAMME_OFFICE), () -> progress.coverage(SECOND));
		assertThat(coverage.dueOn()).isEqualTo(java.time.LocalDate.of(SECOND + 1, 3, 31));
		assertThat(coverage.rows()).filteredOn(row -> row.organisationCode().equals(first.code()))
			.singleElement().satisfies(row -> assertThat(row.state()).isEqualTo(Coverage.State.SUBMITTED));
		assertThat(coverage.rows()).filteredOn(row -> row.organisationCode().equals(members.get(1).code()))
			.singleElement().satisfies(row -> {
				assertThat(row.state()).isEqualTo(Coverage.State.NOT_STARTED);
				assertThat(row.late()).isTrue();
			});
		assertThat(CriteriaTestData.as(CriteriaTestData.actor("SKR", Role.PROGRAMME_OFFICE), () -> progress.coverage(FIRST)).development())
			.filteredOn(cell -> cell.commitment() == Commitment.KUNSKAP && cell.role() == ActorRole.SAMHALLSAKTOR)
			.singleElement().satisfies(cell -> assertThat(cell.median().contributors()).isGreaterThanOrEqualTo(6));
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor(first.code(), Role.MEMBER_EDITOR), () -> progress.coverage(FIRST)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		assertThat(api.as(editors.get(0)).get(second + "/pdf").bytes()).startsWith("%PDF".getBytes());
		assertThat(api.as(editors.get(0)).put(second, Map.of("version", 2, "cells", List.of())).status()).isEqualTo(409);
	}

	@Test
	void anotherMemberNeitherReadsNorChangesADraft() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		List<Organisation> two = CriteriaTestData.peers(organisations, jdbc, 2);
		String owner = two.get(0).code();
		String stranger = two.get(1).code();
		String ownerEditor = accounts.create(owner, Role.MEMBER_EDITOR);
		CriteriaTestData.join(api, ownerEditor, office, owner);
		String path = "/api/v1/self-assessments/" + owner + "/2023";
		assertThat(api.as(ownerEditor).put(path, Map.of("version", 0, "cells", CriteriaTestData.cells(2))).status()).isEqualTo(200);

		String strangerEditor = accounts.create(stranger, Role.MEMBER_EDITOR);
		String strangerReader = accounts.create(stranger, Role.MEMBER_READER);
		String ownReader = accounts.create(owner, Role.MEMBER_READER);
		assertThat(api.as(strangerEditor).get(path).status()).isEqualTo(404);
		assertThat(api.as(strangerReader).get(path).status()).isEqualTo(404);
		assertThat(api.as(office).get(path).status()).isEqualTo(404);
		assertThat(api.get(path).status()).isEqualTo(404);
		assertThat(api.as(strangerEditor).put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(0))).status()).isEqualTo(404);
		assertThat(api.as(strangerEditor).post(path + "/submit", Map.of("version", 1)).status()).isEqualTo(404);
		assertThat(api.as(ownReader).put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(0))).status()).isEqualTo(403);
		assertThat(api.put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(0))).status()).isEqualTo(401);
		assertThat(api.as(ownReader).get(path).status()).isEqualTo(200);
		assertThat(api.as(strangerEditor).get(path + "/pdf").status()).isEqualTo(404);

		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor(stranger, Role.MEMBER_EDITOR),
				() -> assessments.save(owner, 2023, List.of(), 1))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor(stranger, Role.MEMBER_EDITOR),
				() -> assessments.get(owner, 2023))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor(stranger, Role.MEMBER_EDITOR),
				() -> progress.progress(owner))).isInstanceOf(NotFoundException.class);

		JsonNode still = api.as(ownerEditor).get(path).json();
		assertThat(still.get("version").asInt()).isEqualTo(1);
		assertThat(levelOf(still, "avtal", "arbetsgivaraktor")).isEqualTo(2);
	}

	@Test
	void twoEditorsSavingTheSameDraftGetAConflictAndASubmittedYearIsFrozenInTheDatabase() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String office = accounts.create("SKR", Role.PROGRAMME_OFFICE);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String anna = accounts.create(code, Role.MEMBER_EDITOR);
		String bo = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(api, anna, office, code);
		String path = "/api/v1/self-assessments/" + code + "/2024";
		assertThat(api.as(anna).put(path, Map.of("version", 0, "cells", CriteriaTestData.cells(3))).status()).isEqualTo(200);
		assertThat(api.as(bo).put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(2))).status()).isEqualTo(200);
		ApiClient.Response stale = api.as(anna).put(path, Map.of("version", 1, "cells", CriteriaTestData.cells(4)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(levelOf(api.as(anna).get(path).json(), "kunskap", "samhallsaktor")).isEqualTo(2);

		ApiClient.Response incomplete = api.as(anna).put("/api/v1/self-assessments/" + code + "/2025",
				Map.of("version", 0, "cells", List.of(Map.of("commitment", "kunskap", "role", "samhallsaktor", "level", 1))));
		assertThat(incomplete.status()).isEqualTo(200);
		ApiClient.Response refused = api.as(anna).post("/api/v1/self-assessments/" + code + "/2025/submit", Map.of("version", 1));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").size()).isGreaterThan(0);

		assertThat(api.as(anna).post(path + "/submit", Map.of("version", 2)).status()).isEqualTo(200);
		assertThat(api.as(anna).put(path, Map.of("version", 3, "cells", CriteriaTestData.cells(0))).status()).isEqualTo(409);
		assertThatThrownBy(() -> jdbc.sql("""
				UPDATE criteria_assessment_cell SET level = 0 WHERE assessment_id =
				  (SELECT id FROM criteria_assessment WHERE organisation_code = ? AND year = 2024)""").param(code).update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("submitted");
		assertThatThrownBy(() -> jdbc.sql("UPDATE criteria_assessment SET status = 'DRAFT' WHERE organisation_code = ? AND year = 2024")
			.param(code).update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void aMemberThatLeavesDisappearsFromThePublicListButKeepsItsHistory() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		assertThat(api.as(editor).post("/api/v1/memberships", CriteriaTestData.decision("0180")).status()).isEqualTo(403);
		assertThat(api.as(editor).post("/api/v1/memberships", java.util.Map.of("organisationCode", code, "decisionBody", " ",
				"contacts", List.of())).json().get("errors").size()).isGreaterThanOrEqualTo(4);
		CriteriaTestData.join(api, editor, accounts.create("SKR", Role.PROGRAMME_OFFICE), code);
		CriteriaTestData.as(CriteriaTestData.actor(code, Role.MEMBER_EDITOR),
				() -> memberships.leave(code, java.time.LocalDate.of(2023, 12, 31), 1));
		assertThat(api.get("/api/v1/mr-members").text()).doesNotContain("\"" + code + "\"");
		List<Membership> history = CriteriaTestData.as(CriteriaTestData.actor(code, Role.MEMBER_READER), () -> memberships.history(code));
		assertThat(history).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Membership.Status.LEFT);
			assertThat(m.joinedOn()).isEqualTo(java.time.LocalDate.of(2020, 6, 15));
			assertThat(m.leftOn()).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
		});
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("0180", Role.MEMBER_EDITOR), () -> memberships.history(code)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theCurrentCriteriaSetIsPublic() {
		JsonNode criteria = new ApiClient(port).get("/api/v1/criteria").json();
		assertThat(criteria.get("version").asInt()).isPositive();
		assertThat(criteria.get("commitments").size()).isEqualTo(6);
		assertThat(criteria.get("commitments").get(0).get("title").asString()).isEqualTo("Stärka kunskapen och medvetenheten");
		assertThat(criteria.get("roles").size()).isEqualTo(4);
		assertThat(criteria.get("levels").get(4).get("title").asString()).isEqualTo("Integrerat och uppföljt");
		JsonNode english = new ApiClient(port).inEnglish().get("/api/v1/criteria").json();
		assertThat(english.get("roles").get(3).get("title").asString()).isEqualTo("Employer");
	}

	private static int levelOf(JsonNode assessment, String commitment, String role) {
		return assessment.get("cells").valueStream()
			.filter(c -> c.get("commitment").asString().equals(commitment) && c.get("role").asString().equals(role))
			.findFirst().orElseThrow().get("level").asInt();
	}
}
