package se.rattighetsnavet.criteria.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.GoodExample;
import se.rattighetsnavet.criteria.NewGoodExample;
import se.rattighetsnavet.platform.ConcurrentEditException;

@Repository
class GoodExamples {

	private static final String COLUMNS = """
			SELECT id, organisation_code, title, commitment, actor_role, description, contact_name, contact_email, status,
			approved_on, version FROM criteria_example""";

	private final JdbcClient jdbc;

	GoodExamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewGoodExample example, String submittedBy) {
		long id = jdbc.sql("""
				INSERT INTO criteria_example (organisation_code, title, commitment, actor_role, description, contact_name,
				  contact_email, status, submitted_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?) RETURNING id""")
			.params(example.organisationCode(), example.title(), example.commitment().name(), example.role().name(),
					example.description(), example.contactName(), example.contactEmail(), submittedBy)
			.query(Long.class)
			.single();
		for (NewGoodExample.File file : example.files()) {
			jdbc.sql("INSERT INTO criteria_example_file (example_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
				.params(id, file.fileName(), file.contentType(), file.content())
				.update();
		}
		return id;
	}

	Optional<GoodExample> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::map).optional();
	}

	List<GoodExample> byStatus(GoodExample.Status status, Commitment commitment, ActorRole role) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE status = ?");
		List<Object> params = new ArrayList<>(List.of(status.name()));
		if (commitment != null) {
			sql.append(" AND commitment = ?");
			params.add(commitment.name());
		}
		if (role != null) {
			sql.append(" AND actor_role = ?");
			params.add(role.name());
		}
		sql.append(" ORDER BY coalesce(approved_on, submitted_at::date) DESC, id DESC");
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	void updateStatus(GoodExample example) {
		int rows = jdbc.sql("UPDATE criteria_example SET status = ?, approved_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(example.status().name(), example.approvedOn(), example.id(), example.version())
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("example", example.id());
		}
	}

	Optional<NewGoodExample.File> file(long exampleId, long fileId) {
		return jdbc.sql("SELECT file_name, content_type, content FROM criteria_example_file WHERE example_id = ? AND id = ?")
			.params(exampleId, fileId)
			.query((rs, n) -> new NewGoodExample.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private GoodExample map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<GoodExample.Attachment> attachments = jdbc.sql("SELECT id, file_name, content_type FROM criteria_example_file WHERE example_id = ? ORDER BY id")
			.param(id)
			.query((f, n) -> new GoodExample.Attachment(f.getLong(1), f.getString(2), f.getString(3)))
			.list();
		return new GoodExample(id, rs.getString("organisation_code"), rs.getString("title"), Commitment.valueOf(rs.getString("commitment")),
				ActorRole.valueOf(rs.getString("actor_role")), rs.getString("description"), rs.getString("contact_name"),
				rs.getString("contact_email"), GoodExample.Status.valueOf(rs.getString("status")),
				rs.getObject("approved_on", LocalDate.class), rs.getInt("version"), attachments);
	}
}
