package se.rattighetsnavet.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the submitted documents, every version kept.
 */
@Repository
class Documents {

	private static final String COLUMNS = "id, deliverable_id, version_no, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Views.DocumentInfo> of(long deliverableId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM agreements_document WHERE deliverable_id = ? ORDER BY version_no DESC")
			.param(deliverableId).query((rs, n) -> map(rs)).list();
	}

	Optional<Views.StoredDocument> find(long deliverableId, long documentId) {
		return jdbc.sql("SELECT " + COLUMNS + ", content FROM agreements_document WHERE deliverable_id = ? AND id = ?")
			.params(deliverableId, documentId)
			.query((rs, n) -> new Views.StoredDocument(map(rs), rs.getBytes("content")))
			.optional();
	}

	/** Call with the deliverable row locked, so version numbers never collide. */
	Views.DocumentInfo insert(long deliverableId, String filename, String contentType, byte[] content, String sha256, String by,
			Instant at) {
		int next = jdbc.sql("SELECT coalesce(max(version_no), 0) + 1 FROM agreements_document WHERE deliverable_id = ?")
			.param(deliverableId).query(Integer.class).single();
		long id = jdbc.sql("""
				INSERT INTO agreements_document (deliverable_id, version_no, filename, content_type, size_bytes, sha256, content,
				uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(deliverableId, next, filename, contentType, content.length, sha256, content, by, Timestamp.from(at))
			.query(Long.class).single();
		return new Views.DocumentInfo(id, deliverableId, next, filename, contentType, content.length, sha256, by, at);
	}

	private static Views.DocumentInfo map(ResultSet rs) throws SQLException {
		return new Views.DocumentInfo(rs.getLong("id"), rs.getLong("deliverable_id"), rs.getInt("version_no"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}
}
