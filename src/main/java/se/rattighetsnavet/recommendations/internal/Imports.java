package se.rattighetsnavet.recommendations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.recommendations.ImportResult;

/**
 * SQL of the import log.
 */
@Repository
class Imports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void start(UUID id, String format, String filename, boolean validOnly, String startedBy) {
		jdbc.sql("INSERT INTO recommendations_import (id, format, filename, status, valid_only, started_by) VALUES (?, ?, ?, 'RUNNING', ?, ?)")
			.params(id, format, filename, validOnly, startedBy)
			.update();
	}

	void finish(ImportResult result) {
		jdbc.sql("""
				UPDATE recommendations_import SET status = ?, rows_read = ?, created = ?, updated = ?, unchanged = ?, rejected = ?,
				  errors = ?::jsonb, finished_at = now() WHERE id = ?
				""")
			.params(result.status().name(), result.rowsRead(), result.created(), result.updated(), result.unchanged(), result.rejected(),
					JSON.writeValueAsString(result.errors()), result.id())
			.update();
	}

	Optional<ImportResult> find(UUID id) {
		return jdbc.sql("SELECT * FROM recommendations_import WHERE id = ?").param(id).query(Imports::map).optional();
	}

	List<ImportResult> recent(int limit) {
		return jdbc.sql("SELECT * FROM recommendations_import ORDER BY started_at DESC LIMIT ?").param(limit).query(Imports::map).list();
	}

	private static ImportResult map(ResultSet rs, int row) throws SQLException {
		ImportResult.Status status = ImportResult.Status.valueOf(rs.getString("status"));
		List<ImportResult.RowError> errors = JSON.readValue(rs.getString("errors"), new TypeReference<List<ImportResult.RowError>>() {
		});
		return new ImportResult(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("filename"), status,
				rs.getLong("rows_read"), rs.getLong("created"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("rejected"), errors,
				status == ImportResult.Status.RUNNING ? 0 : 100);
	}
}
