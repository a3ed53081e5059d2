package se.rattighetsnavet.criteria.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.ContactPerson;
import se.rattighetsnavet.criteria.Membership;
import se.rattighetsnavet.criteria.NewMembership;
import se.rattighetsnavet.platform.ConcurrentEditException;

@Repository
class Memberships {

	private static final String COLUMNS = """
			SELECT id, organisation_code, status, decision_body, decision_date, minute_reference, extract_name, joined_on, left_on,
			version FROM criteria_membership""";

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewMembership decision, String recordedBy) {
		long id = jdbc.sql("""
				INSERT INTO criteria_membership (organisation_code, status, decision_body, decision_date, minute_reference,
				  extract_name, extract_pdf, recorded_by)
				VALUES (?, 'PENDING', ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(decision.organisationCode(), decision.decisionBody(), decision.decisionDate(), decision.minuteReference(),
					decision.extractName(), decision.extractPdf(), recordedBy)
			.query(Long.class)
			.single();
		List<ContactPerson> contacts = decision.contacts();
		for (int i = 0; i < contacts.size(); i++) {
			ContactPerson contact = contacts.get(i);
			jdbc.sql("INSERT INTO criteria_contact (membership_id, position, name, email, phone) VALUES (?, ?, ?, ?, ?)")
				.params(id, i, contact.name(), contact.email(), contact.phone())
				.update();
		}
		return id;
	}

	Optional<Membership> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::map).optional();
	}

	Optional<Membership> active(String organisationCode) {
		return jdbc.sql(COLUMNS + " WHERE organisation_code = ? AND status IN ('PENDING','CONFIRMED')")
			.param(organisationCode)
			.query(this::map)
			.optional();
	}

	List<Membership> history(String organisationCode) {
		return jdbc.sql(COLUMNS + " WHERE organisation_code = ? ORDER BY id DESC").param(organisationCode).query(this::map).list();
	}

	List<Membership> byStatus(Membership.Status status) {
		return jdbc.sql(COLUMNS + " WHERE status = ? ORDER BY decision_date, id").param(status.name()).query(this::map).list();
	}

	void update(Membership membership, String confirmedBy) {
		int rows = jdbc.sql("""
				UPDATE criteria_membership SET status = ?, joined_on = ?, left_on = ?, confirmed_by = coalesce(?, confirmed_by),
				  version = version + 1
				WHERE id = ? AND version = ?""")
			.params(membership.status().name(), membership.joinedOn(), membership.leftOn(), confirmedBy, membership.id(),
					membership.version())
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("membership", membership.id());
		}
	}

	Optional<byte[]> extract(long id) {
		return jdbc.sql("SELECT extract_pdf FROM criteria_membership WHERE id = ?").param(id).query(byte[].class).optional();
	}

	private Membership map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<ContactPerson> contacts = jdbc.sql("SELECT name, email, phone FROM criteria_contact WHERE membership_id = ? ORDER BY position")
			.param(id)
			.query((c, n) -> new ContactPerson(c.getString(1), c.getString(2), c.getString(3)))
			.list();
		return new Membership(id, rs.getString("organisation_code"), Membership.Status.valueOf(rs.getString("status")),
				rs.getString("decision_body"), rs.getObject("decision_date", LocalDate.class), rs.getString("minute_reference"),
				rs.getString("extract_name"), contacts, rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class), rs.getInt("version"));
	}
}
