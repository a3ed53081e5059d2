package se.rattighetsnavet.recommendations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.recommendations.MappingEntry;

/**
 * SQL of the mapping.
 */
@Repository
class MappingEntries {

	private static final String SELECT = """
			SELECT m.*, r.body, r.state, r.text FROM recommendations_mapping_entry m
			JOIN recommendations_recommendation r ON r.id = m.recommendation_id
			""";

	private final JdbcClient jdbc;

	MappingEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MappingEntry> all() {
		return jdbc.sql(SELECT + " ORDER BY m.rights_area COLLATE \"sv-SE-x-icu\", m.target_group COLLATE \"sv-SE-x-icu\", m.recommendation_id")
			.query((rs, n) -> new MappingEntry(rs.getLong("recommendation_id"), rs.getString("body"), rs.getString("state"),
					rs.getString("text"), rs.getString("rights_area"), rs.getString("target_group"), rs.getString("needs"),
					rs.getString("planned_support"), rs.getInt("version")))
			.list();
	}

	Optional<MappingEntry> find(long recommendationId) {
		return all().stream().filter(entry -> entry.recommendationId() == recommendationId).findFirst();
	}

	/** Inserts (expectedVersion null) or updates when the version still holds; false otherwise. */
	boolean save(long recommendationId, String rightsArea, String targetGroup, String needs, String support, String by,
			Integer expectedVersion) {
		if (expectedVersion == null) {
			return jdbc.sql("""
					INSERT INTO recommendations_mapping_entry (recommendation_id, rights_area, target_group, needs, planned_support, updated_by)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
					""").params(recommendationId, rightsArea, targetGroup, needs, support, by).update() == 1;
		}
		return jdbc.sql("""
				UPDATE recommendations_mapping_entry SET rights_area = ?, target_group = ?, needs = ?, planned_support = ?, updated_by = ?,
				  updated_at = now(), version = version + 1 WHERE recommendation_id = ? AND version = ?
				""").params(rightsArea, targetGroup, needs, support, by, recommendationId, expectedVersion).update() == 1;
	}
}
