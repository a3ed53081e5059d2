package se.rattighetsnavet.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the group members, meetings and their decisions.
 */
@Repository
class Meetings {

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Views.Member> members(long agreementId) {
		return jdbc.sql("SELECT * FROM agreements_member WHERE agreement_id = ? ORDER BY organisation, name").param(agreementId)
			.query((rs, n) -> new Views.Member(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("name"),
					rs.getString("organisation"), rs.getString("role")))
			.list();
	}

	long addMember(long agreementId, String name, String organisation, String role) {
		return jdbc.sql("INSERT INTO agreements_member (agreement_id, name, organisation, role) VALUES (?, ?, ?, ?) RETURNING id")
			.params(agreementId, name, organisation, role).query(Long.class).single();
	}

	List<Views.Meeting> of(long agreementId) {
		return jdbc.sql("SELECT * FROM agreements_meeting WHERE agreement_id = ? ORDER BY held_on DESC, id DESC").param(agreementId)
			.query((rs, n) -> map(rs)).list();
	}

	Optional<Views.Meeting> find(long id) {
		return jdbc.sql("SELECT * FROM agreements_meeting WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	long insert(long agreementId, MeetingKind kind, LocalDate heldOn, String title, String agenda) {
		return jdbc.sql("INSERT INTO agreements_meeting (agreement_id, kind, held_on, title, agenda) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(agreementId, kind.name(), heldOn, title, agenda).query(Long.class).single();
	}

	boolean recordMinutes(long id, int version, String minutes, String attendance) {
		return jdbc.sql("UPDATE agreements_meeting SET minutes = ?, attendance = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(minutes, attendance, id, version).update() == 1;
	}

	long addDecision(long meetingId, String text, Long adoptsDeliverable) {
		return jdbc.sql("INSERT INTO agreements_decision (meeting_id, text, adopts_deliverable) VALUES (?, ?, ?) RETURNING id")
			.params(meetingId, text, adoptsDeliverable).query(Long.class).single();
	}

	private List<Views.Decision> decisions(long meetingId) {
		return jdbc.sql("SELECT * FROM agreements_decision WHERE meeting_id = ? ORDER BY id").param(meetingId)
			.query((rs, n) -> new Views.Decision(rs.getLong("id"), rs.getString("text"), (Long) rs.getObject("adopts_deliverable")))
			.list();
	}

	private Views.Meeting map(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new Views.Meeting(id, rs.getLong("agreement_id"), MeetingKind.valueOf(rs.getString("kind")),
				rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("agenda"), rs.getString("minutes"),
				rs.getString("attendance"), rs.getInt("version"), decisions(id));
	}
}
