package se.rattighetsnavet.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.actionplan.FollowUp;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.actionplan.ReportSections;

/**
 * SQL of the yearly follow-up, the report texts and the plan's earlier revisions.
 */
@Repository
class FollowUps {

	private final JdbcClient jdbc;

	FollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FollowUp> ofPlan(long planId) {
		return jdbc.sql("""
				SELECT u.* FROM actionplan_follow_up u JOIN actionplan_activity a ON a.id = u.activity_id
				JOIN actionplan_focus_area f ON f.id = a.focus_area_id WHERE f.plan_id = ? ORDER BY u.year, u.activity_id""")
			.param(planId).query((rs, n) -> new FollowUp(rs.getLong("activity_id"), rs.getInt("year"), rs.getString("progress"),
					rs.getString("results"), rs.getObject("spent", BigDecimal.class), rs.getInt("version")))
			.list();
	}

	Optional<FollowUp> find(long activityId, int year) {
		return jdbc.sql("SELECT * FROM actionplan_follow_up WHERE activity_id = ? AND year = ?").params(activityId, year)
			.query((rs, n) -> new FollowUp(rs.getLong("activity_id"), rs.getInt("year"), rs.getString("progress"),
					rs.getString("results"), rs.getObject("spent", BigDecimal.class), rs.getInt("version")))
			.optional();
	}

	boolean insert(long activityId, int year, String progress, String results, BigDecimal spent) {
		return jdbc.sql("""
				INSERT INTO actionplan_follow_up (activity_id, year, progress, results, spent) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (activity_id, year) DO NOTHING""")
			.params(activityId, year, progress, results, spent).update() == 1;
	}

	boolean update(long activityId, int year, String progress, String results, BigDecimal spent, int expectedVersion) {
		return jdbc.sql("""
				UPDATE actionplan_follow_up SET progress = ?, results = ?, spent = ?, version = version + 1
				WHERE activity_id = ? AND year = ? AND version = ?""")
			.params(progress, results, spent, activityId, year, expectedVersion).update() == 1;
	}

	Optional<ReportSections> sections(long planId, ReportKind kind, int year) {
		return jdbc.sql("SELECT * FROM actionplan_report WHERE plan_id = ? AND kind = ? AND year = ?")
			.params(planId, kind.name(), year)
			.query((rs, n) -> new ReportSections(rs.getString("introduction"), rs.getString("assessment"),
					rs.getString("taken_forward"), rs.getInt("version"), (Long) rs.getObject("attached_deliverable_id"),
					rs.getTimestamp("attached_at") == null ? null : rs.getTimestamp("attached_at").toInstant()))
			.optional();
	}

	boolean saveSections(long planId, ReportKind kind, int year, String introduction, String assessment, String forward,
			int expectedVersion) {
		if (expectedVersion == 0) {
			int inserted = jdbc.sql("""
					INSERT INTO actionplan_report (plan_id, kind, year, introduction, assessment, taken_forward, version)
					VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (plan_id, kind, year) DO NOTHING""")
				.params(planId, kind.name(), year, introduction, assessment, forward).update();
			if (inserted == 1) {
				return true;
			}
		}
		return jdbc.sql("""
				UPDATE actionplan_report SET introduction = ?, assessment = ?, taken_forward = ?, version = version + 1
				WHERE plan_id = ? AND kind = ? AND year = ? AND version = ?""")
			.params(introduction, assessment, forward, planId, kind.name(), year, expectedVersion).update() == 1;
	}

	void markAttached(long planId, ReportKind kind, int year, long deliverableId) {
		jdbc.sql("""
				INSERT INTO actionplan_report (plan_id, kind, year, attached_deliverable_id, attached_at) VALUES (?, ?, ?, ?, now())
				ON CONFLICT (plan_id, kind, year) DO UPDATE SET attached_deliverable_id = EXCLUDED.attached_deliverable_id,
				  attached_at = EXCLUDED.attached_at""")
			.params(planId, kind.name(), year, deliverableId).update();
	}

	void saveRevision(long planId, int revision, String reason, String snapshotJson, String by) {
		jdbc.sql("INSERT INTO actionplan_plan_revision (plan_id, revision, reason, snapshot, revised_by) VALUES (?, ?, ?, ?::jsonb, ?)")
			.params(planId, revision, reason, snapshotJson, by).update();
	}

	record RevisionRow(int revision, String reason, java.time.Instant revisedAt, String revisedBy, String snapshot) {
	}

	List<RevisionRow> revisions(long planId) {
		return jdbc.sql("SELECT * FROM actionplan_plan_revision WHERE plan_id = ? ORDER BY revision")
			.param(planId)
			.query((rs, n) -> new RevisionRow(rs.getInt("revision"), rs.getString("reason"),
					rs.getTimestamp("revised_at").toInstant(), rs.getString("revised_by"), rs.getString("snapshot")))
			.list();
	}
}
