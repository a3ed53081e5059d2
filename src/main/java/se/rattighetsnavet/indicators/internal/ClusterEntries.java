package se.rattighetsnavet.indicators.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.indicators.ClusterEntry;

/** The curated human-rights cluster. */
@Repository
class ClusterEntries {

	private static final String SELECT = "SELECT c.*, k.* FROM indicators_cluster_entry c JOIN indicators_kpi k ON k.id = c.kpi_id ";

	private final JdbcClient jdbc;

	ClusterEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClusterEntry> all() {
		return jdbc.sql(SELECT + "ORDER BY c.position, c.kpi_id").query(ClusterEntries::map).list();
	}

	Optional<ClusterEntry> find(String kpiId) {
		return jdbc.sql(SELECT + "WHERE c.kpi_id = ?").param(kpiId).query(ClusterEntries::map).optional();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM indicators_cluster_entry").query(Long.class).single();
	}

	/** Appends the KPI at the end; false when it already is in the cluster. */
	boolean add(String kpiId) {
		return jdbc.sql("""
				INSERT INTO indicators_cluster_entry (kpi_id, position)
				SELECT ?, coalesce(max(position), 0) + 10 FROM indicators_cluster_entry
				ON CONFLICT (kpi_id) DO NOTHING""").param(kpiId).update() == 1;
	}

	boolean remove(String kpiId, int version) {
		return jdbc.sql("DELETE FROM indicators_cluster_entry WHERE kpi_id = ? AND version = ?").params(kpiId, version).update() == 1;
	}

	boolean update(String kpiId, int version, int position, String heading, String why, List<String> recommendations,
			List<String> criteria) {
		return jdbc.sql("""
				UPDATE indicators_cluster_entry SET position = ?, area_heading = ?, why_it_matters = ?, recommendation_codes = ?,
				    criteria_codes = ?, version = version + 1 WHERE kpi_id = ? AND version = ?""")
			.params(position, heading, why, String.join(",", recommendations), String.join(",", criteria), kpiId, version)
			.update() == 1;
	}

	private static ClusterEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ClusterEntry(Kpis.map(rs, row), rs.getInt("position"), rs.getString("area_heading"),
				rs.getString("why_it_matters"), codes(rs.getString("recommendation_codes")), codes(rs.getString("criteria_codes")),
				rs.getInt("version"));
	}

	static List<String> codes(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: Arrays.stream(joined.split("[,;\\s]+")).map(String::trim).filter(code -> !code.isEmpty()).distinct().toList();
	}
}
