package se.rattighetsnavet.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.knowledge.Course;
import se.rattighetsnavet.knowledge.CourseKind;
import se.rattighetsnavet.knowledge.Reach;
import se.rattighetsnavet.knowledge.SessionRegistration;
import se.rattighetsnavet.knowledge.TrainingSession;

/**
 * SQL of courses, sessions and reach.
 */
@Repository
class Trainings {

	private static final String REACH = """
			SELECT count(*) AS sessions, count(DISTINCT organisation_code) AS organisations,
			  COALESCE(sum(elected_officials), 0) AS elected, COALESCE(sum(managers), 0) AS managers,
			  COALESCE(sum(employees), 0) AS employees FROM knowledge_session""";

	private final JdbcClient jdbc;

	Trainings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Course> courses() {
		return jdbc.sql("SELECT * FROM knowledge_course ORDER BY id").query((rs, n) -> course(rs)).list();
	}

	Optional<Course> course(String code) {
		return jdbc.sql("SELECT * FROM knowledge_course WHERE code = ?").param(code).query((rs, n) -> course(rs)).optional();
	}

	List<TrainingSession> sessions(long courseId) {
		return jdbc.sql("SELECT * FROM knowledge_session WHERE course_id = ? ORDER BY held_on DESC, id DESC").param(courseId)
			.query((rs, n) -> session(rs)).list();
	}

	TrainingSession insert(long courseId, SessionRegistration r, String registeredBy) {
		long id = jdbc.sql("""
				INSERT INTO knowledge_session (course_id, held_on, organiser, place, organisation_code, elected_officials, managers,
				  employees, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(courseId, r.heldOn(), r.organiser(), r.place(), r.organisationCode(), r.electedOfficials(), r.managers(),
					r.employees(), registeredBy)
			.query(Long.class).single();
		return jdbc.sql("SELECT * FROM knowledge_session WHERE id = ?").param(id).query((rs, n) -> session(rs)).single();
	}

	Reach overall() {
		return jdbc.sql(REACH).query((rs, n) -> reach(rs, null, null)).single();
	}

	Reach of(String organisationCode, String name) {
		return jdbc.sql(REACH + " WHERE organisation_code = ?").param(organisationCode)
			.query((rs, n) -> reach(rs, organisationCode, name)).single();
	}

	List<Reach> perOrganisation() {
		return jdbc.sql(REACH.replace("SELECT count(*)", "SELECT organisation_code, count(*)")
				+ " GROUP BY organisation_code ORDER BY sum(elected_officials + managers + employees) DESC, organisation_code")
			.query((rs, n) -> reach(rs, rs.getString("organisation_code"), null)).list();
	}

	private static Reach reach(ResultSet rs, String code, String name) throws SQLException {
		return new Reach(code, name, rs.getLong("sessions"), rs.getLong("organisations"), rs.getLong("elected"),
				rs.getLong("managers"), rs.getLong("employees"));
	}

	private static Course course(ResultSet rs) throws SQLException {
		return new Course(rs.getLong("id"), rs.getString("code"), CourseKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), rs.getString("organiser"), rs.getString("url"));
	}

	private static TrainingSession session(ResultSet rs) throws SQLException {
		return new TrainingSession(rs.getLong("id"), rs.getLong("course_id"), rs.getObject("held_on", java.time.LocalDate.class),
				rs.getString("organiser"), rs.getString("place"), rs.getString("organisation_code"),
				rs.getInt("elected_officials"), rs.getInt("managers"), rs.getInt("employees"));
	}
}
