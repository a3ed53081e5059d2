package se.rattighetsnavet.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;

/**
 * SQL of the deliverables and the people responsible for them.
 */
@Repository
class Deliverables {

	private static final String SELECT = """
			SELECT d.*, a.code AS agreement_code, a.title AS agreement_title FROM agreements_deliverable d
			JOIN agreements_agreement a ON a.id = d.agreement_id""";
	private static final String ORDER = " ORDER BY d.due_date NULLS LAST, d.id";

	private final JdbcClient jdbc;

	Deliverables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DeliverableRow> ofAgreement(long agreementId) {
		return jdbc.sql(SELECT + " WHERE d.agreement_id = ?" + ORDER).param(agreementId).query((rs, n) -> map(rs)).list();
	}

	/** Deliverables with a due date up to {@code until}, of every agreement. */
	List<DeliverableRow> dueUntil(LocalDate until) {
		return jdbc.sql(SELECT + " WHERE d.due_date <= ?" + ORDER).param(until).query((rs, n) -> map(rs)).list();
	}

	List<DeliverableRow> dated(Long agreementId) {
		String where = agreementId == null ? " WHERE d.due_date IS NOT NULL" : " WHERE d.due_date IS NOT NULL AND d.agreement_id = ?";
		var statement = jdbc.sql(SELECT + where + ORDER);
		return (agreementId == null ? statement : statement.param(agreementId)).query((rs, n) -> map(rs)).list();
	}

	/** Open deliverables due between the two dates, the candidates for reminders. */
	List<DeliverableRow> openDueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE d.status IN ('PLANERAD', 'PAGAR') AND d.due_date BETWEEN ? AND ?" + ORDER)
			.params(from, to).query((rs, n) -> map(rs)).list();
	}

	Optional<DeliverableRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	Optional<DeliverableRow> findForUpdate(long id) {
		return jdbc.sql(SELECT + " WHERE d.id = ? FOR UPDATE OF d").param(id).query((rs, n) -> map(rs)).optional();
	}

	boolean seeded(String seedKey) {
		return jdbc.sql("SELECT count(*) FROM agreements_deliverable WHERE seed_key = ?").param(seedKey).query(Long.class).single() > 0;
	}

	/** @return the new id, or empty when a deliverable with the seed key exists already */
	Optional<Long> insert(long agreementId, String seedKey, DeliverableKind kind, String title, String description,
			String requirements, LocalDate dueDate, Integer year, String recipientCode, String recipientUnit, String responsibleCode) {
		return jdbc.sql("""
				INSERT INTO agreements_deliverable (agreement_id, seed_key, kind, title, description, requirements, due_date, year,
				recipient_code, recipient_unit, responsible_code, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANERAD')
				ON CONFLICT (seed_key) DO NOTHING RETURNING id""")
			.params(agreementId, seedKey, kind.name(), title, description, requirements, dueDate, year, recipientCode, recipientUnit,
					responsibleCode)
			.query(Long.class)
			.optional();
	}

	boolean update(long id, int version, DeliverableKind kind, String title, String description, String requirements,
			LocalDate dueDate, String recipientCode, String recipientUnit, DeliverableStatus status) {
		return jdbc.sql("""
				UPDATE agreements_deliverable SET kind = ?, title = ?, description = ?, requirements = ?, due_date = ?,
				recipient_code = ?, recipient_unit = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(kind.name(), title, description, requirements, dueDate, recipientCode, recipientUnit, status.name(), id, version)
			.update() == 1;
	}

	void replaceResponsible(long id, List<String> emails) {
		jdbc.sql("DELETE FROM agreements_responsible WHERE deliverable_id = ?").param(id).update();
		for (String email : emails) {
			jdbc.sql("INSERT INTO agreements_responsible (deliverable_id, email) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(id, email).update();
		}
	}

	void markSubmitted(long id, Instant at, String by) {
		jdbc.sql("""
				UPDATE agreements_deliverable SET status = 'INLAMNAD', submitted_at = ?, submitted_by = ?, accepted_at = NULL,
				accepted_by = NULL, version = version + 1 WHERE id = ?""")
			.params(Timestamp.from(at), by, id).update();
	}

	boolean markAccepted(long id, int version, Instant at, String by) {
		return jdbc.sql("""
				UPDATE agreements_deliverable SET status = 'GODKAND', accepted_at = ?, accepted_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(Timestamp.from(at), by, id, version).update() == 1;
	}

	private List<String> responsible(long id) {
		return jdbc.sql("SELECT email FROM agreements_responsible WHERE deliverable_id = ? ORDER BY email").param(id)
			.query(String.class).list();
	}

	private DeliverableRow map(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new DeliverableRow(id, rs.getLong("agreement_id"), rs.getString("agreement_code"), rs.getString("agreement_title"),
				DeliverableKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				rs.getString("requirements"), rs.getObject("due_date", LocalDate.class), (Integer) rs.getObject("year"),
				rs.getString("recipient_code"), rs.getString("recipient_unit"), rs.getString("responsible_code"),
				DeliverableStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), rs.getString("submitted_by"),
				instant(rs, "accepted_at"), rs.getString("accepted_by"), rs.getInt("version"), responsible(id));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
