package se.rattighetsnavet.recommendations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.recommendations.FollowUp;
import se.rattighetsnavet.recommendations.FollowUpOverview;

/**
 * SQL of the members' follow-up.
 */
@Repository
class FollowUps {

	private final JdbcClient jdbc;
	private final OrganisationManagement organisations;

	FollowUps(JdbcClient jdbc, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	Optional<FollowUp> find(long recommendationId, String organisationCode) {
		return jdbc.sql("SELECT * FROM recommendations_follow_up WHERE recommendation_id = ? AND organisation_code = ?")
			.params(recommendationId, organisationCode)
			.query(FollowUps::map)
			.optional();
	}

	/** Inserts the first follow-up, or updates it when {@code expectedVersion} still holds; false on a stale version. */
	boolean save(long recommendationId, String organisationCode, FollowUp.Status status, String comment, String evidenceUrl,
			String updatedBy, Integer expectedVersion) {
		if (expectedVersion == null) {
			return jdbc.sql("""
					INSERT INTO recommendations_follow_up (recommendation_id, organisation_code, status, comment, evidence_url, updated_by)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
					""")
				.params(recommendationId, organisationCode, status.name(), comment, evidenceUrl, updatedBy)
				.update() == 1;
		}
		return jdbc.sql("""
				UPDATE recommendations_follow_up SET status = ?, comment = ?, evidence_url = ?, updated_by = ?, updated_at = now(),
				  version = version + 1 WHERE recommendation_id = ? AND organisation_code = ? AND version = ?
				""")
			.params(status.name(), comment, evidenceUrl, updatedBy, recommendationId, organisationCode, expectedVersion)
			.update() == 1;
	}

	List<FollowUpOverview> overview() {
		record Row(long id, String state, String text, String organisation, String status) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT f.recommendation_id, r.state, r.text, f.organisation_code, f.status FROM recommendations_follow_up f
				JOIN recommendations_recommendation r ON r.id = f.recommendation_id ORDER BY f.recommendation_id
				""")
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		Map<Long, List<Row>> byRecommendation = new LinkedHashMap<>();
		rows.forEach(row -> byRecommendation.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
		List<FollowUpOverview> result = new ArrayList<>();
		byRecommendation.forEach((id, list) -> {
			Map<String, Long> byStatus = new TreeMap<>();
			Map<String, Long> byCounty = new TreeMap<>();
			Map<String, Long> byType = new TreeMap<>();
			for (Row row : list) {
				byStatus.merge(row.status(), 1L, Long::sum);
				Optional<Organisation> organisation = organisations.find(row.organisation());
				byCounty.merge(organisation.map(Organisation::countyName).orElse("–"), 1L, Long::sum);
				byType.merge(organisation.map(o -> o.type().name()).orElse("–"), 1L, Long::sum);
			}
			result.add(new FollowUpOverview(id, list.get(0).state(), list.get(0).text(), list.size(), byStatus, byCounty, byType));
		});
		return result;
	}

	private static FollowUp map(ResultSet rs, int row) throws SQLException {
		return new FollowUp(rs.getLong("recommendation_id"), rs.getString("organisation_code"),
				FollowUp.Status.valueOf(rs.getString("status")), rs.getString("comment"), rs.getString("evidence_url"),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
