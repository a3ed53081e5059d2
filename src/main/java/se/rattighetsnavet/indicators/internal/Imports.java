package se.rattighetsnavet.indicators.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.indicators.ImportReport.ImportError;

/** The import jobs and their final reports. */
@Repository
class Imports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void started(ImportReport report, String startedBy, Instant at) {
		jdbc.sql("""
				INSERT INTO indicators_import (id, format, source, status, accept_valid, started_by, started_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(report.id(), report.format(), report.source(), report.status().name(), report.acceptValid(), startedBy,
					Timestamp.from(at))
			.update();
	}

	void finished(ImportReport report, Instant at) {
		jdbc.sql("""
				UPDATE indicators_import SET status = ?, rows_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?,
				    errors = ?, message = ?, finished_at = ? WHERE id = ?""")
			.params(report.status().name(), report.rowsRead(), report.inserted(), report.updated(), report.unchanged(),
					report.rejected(), JSON.writeValueAsString(report.errors()), report.message(), Timestamp.from(at), report.id())
			.update();
	}

	Optional<ImportReport> find(UUID id) {
		return jdbc.sql("SELECT * FROM indicators_import WHERE id = ?").param(id)
			.query((rs, n) -> new ImportReport(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("source"),
					ImportReport.Status.valueOf(rs.getString("status")), rs.getBoolean("accept_valid"), rs.getLong("rows_read"),
					rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("rejected"),
					errors(rs.getString("errors")), rs.getString("message")))
			.optional();
	}

	List<ImportReport> latest(int limit) {
		return jdbc.sql("SELECT id FROM indicators_import ORDER BY started_at DESC LIMIT ?").param(limit)
			.query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	private static List<ImportError> errors(String json) {
		return JSON.readValue(json, new TypeReference<List<ImportError>>() { });
	}
}
