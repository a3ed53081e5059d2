package se.rattighetsnavet.criteria;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.ActorPrincipal;
import se.rattighetsnavet.platform.Role;

/**
 * Small data for the criteria tests: organisations no other test has used, members joined through the API, and a way to
 * call the services as a given person.
 */
final class CriteriaTestData {

	static final byte[] PDF = "%PDF-1.4\n% protokollsutdrag\n".getBytes(StandardCharsets.US_ASCII);
	private static final Set<String> TAKEN = new HashSet<>();

	private CriteriaTestData() {
	}

	/** {@code count} municipalities of one county and one population band, none of which has joined before. */
	static synchronized List<Organisation> peers(OrganisationManagement organisations, JdbcClient jdbc, int count) {
		Set<String> joined = new HashSet<>(jdbc.sql("SELECT organisation_code FROM criteria_membership").query(String.class).list());
		joined.addAll(TAKEN);
		Map<String, List<Organisation>> groups = organisations.all(OrganisationType.KOMMUN).stream()
			.filter(o -> o.population() != null && o.countyCode() != null && !joined.contains(o.code()))
			.collect(Collectors.groupingBy(o -> o.countyCode() + "/" + PopulationBand.of(false, o.population())));
		List<Organisation> group = groups.values().stream()
			.filter(candidates -> candidates.size() >= count)
			.max(Comparator.comparingInt(List::size))
			.orElseThrow(() -> new IllegalStateException("no county with " + count + " similar municipalities left"));
		List<Organisation> chosen = new ArrayList<>(group.subList(0, count));
		chosen.forEach(o -> TAKEN.add(o.code()));
		return chosen;
	}

	static Map<String, Object> decision(String code) {
		return Map.of("organisationCode", code, "decisionBody", "Kommunfullmäktige", "decisionDate", "2020-06-15",
				"minuteReference", "KF § 42", "extractName", "protokollsutdrag.pdf",
				"extractPdf", Base64.getEncoder().encodeToString(PDF),
				"contacts", List.of(Map.of("name", "Kim Kontakt", "email", "kim@example.se", "phone", "08-123 45")));
	}

	/** Records and confirms the decision of each organisation. */
	static void join(ApiClient api, String editor, String programmeOffice, String code) {
		ApiClient.Response recorded = api.as(editor).post("/api/v1/memberships", decision(code));
		if (recorded.status() != 201) {
			throw new IllegalStateException("join failed: " + recorded.status() + " " + recorded.text());
		}
		long id = recorded.json().get("id").asLong();
		ApiClient.Response confirmed = api.as(programmeOffice).post("/api/v1/memberships/" + id + "/confirm", Map.of("version", 0));
		if (confirmed.status() != 200) {
			throw new IllegalStateException("confirm failed: " + confirmed.status() + " " + confirmed.text());
		}
	}

	/** All 24 cells at the same level. */
	static List<Map<String, Object>> cells(int level) {
		List<Map<String, Object>> cells = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			for (ActorRole role : ActorRole.values()) {
				cells.add(Map.of("commitment", commitment.code(), "role", role.code(), "level", level, "evidence",
						"Underlag för " + commitment.code(), "links", List.of("https://example.se/" + commitment.code()),
						"nextSteps", "Nästa steg", "principles", List.of("delaktighet")));
			}
		}
		return cells;
	}

	static <T> T as(Actor actor, Supplier<T> action) {
		ActorPrincipal principal = () -> actor;
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null, "ROLE_USER"));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static Actor actor(String code, Role... roles) {
		return new Actor("test-" + code + "@example.se", "Test", code, Set.of(roles));
	}
}
