package se.rattighetsnavet.actionplan.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.Activity;
import se.rattighetsnavet.actionplan.ActivityChange;
import se.rattighetsnavet.actionplan.ActivityStatus;
import se.rattighetsnavet.actionplan.FocusArea;

/**
 * SQL of plans, focus areas and activities.
 */
@Repository
class ActionPlans {

	private final JdbcClient jdbc;

	ActionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ActionPlan> all() {
		return jdbc.sql("SELECT * FROM actionplan_plan ORDER BY period_from").query((rs, n) -> plan(rs)).list();
	}

	Optional<ActionPlan> find(long id) {
		return jdbc.sql("SELECT * FROM actionplan_plan WHERE id = ?").param(id).query((rs, n) -> plan(rs)).optional();
	}

	Optional<ActionPlan> findByAgreement(String code) {
		return jdbc.sql("SELECT * FROM actionplan_plan WHERE agreement_code = ?").param(code).query((rs, n) -> plan(rs)).optional();
	}

	Optional<Long> planOfActivity(long activityId) {
		return jdbc.sql("SELECT f.plan_id FROM actionplan_activity a JOIN actionplan_focus_area f ON f.id = a.focus_area_id WHERE a.id = ?")
			.param(activityId).query(Long.class).optional();
	}

	Optional<Long> planOfFocusArea(long focusAreaId) {
		return jdbc.sql("SELECT plan_id FROM actionplan_focus_area WHERE id = ?").param(focusAreaId).query(Long.class).optional();
	}

	/** Optimistic lock on the plan: bumps its version and revision, or returns false when someone else changed it. */
	boolean bumpRevision(long planId, int expectedVersion) {
		return jdbc.sql("UPDATE actionplan_plan SET revision = revision + 1, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(planId, expectedVersion).update() == 1;
	}

	boolean update(long activityId, ActivityChange c, int expectedVersion) {
		return jdbc.sql("""
				UPDATE actionplan_activity SET title = ?, description = ?, owner = ?, partners = ?, start_date = ?, end_date = ?,
				  budget = ?, status = ?, planned_results = ?, achieved_results = ?, goal_refs = ?, recommendation_refs = ?,
				  criteria_refs = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(c.title(), c.description(), c.owner(), array(c.partners()), c.start(), c.end(), c.budget(),
					c.status().name(), c.plannedResults(), c.achievedResults(), array(c.goalRefs()),
					array(c.recommendationRefs()), array(c.criteriaRefs()), activityId, expectedVersion)
			.update() == 1;
	}

	long insert(long focusAreaId, ActivityChange c) {
		return jdbc.sql("""
				INSERT INTO actionplan_activity (focus_area_id, position, title, description, owner, partners, start_date, end_date,
				  budget, status, planned_results, achieved_results, goal_refs, recommendation_refs, criteria_refs)
				VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM actionplan_activity WHERE focus_area_id = ?),
				  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(focusAreaId, focusAreaId, c.title(), c.description(), c.owner(), array(c.partners()), c.start(), c.end(),
					c.budget(), c.status().name(), c.plannedResults(), c.achievedResults(), array(c.goalRefs()),
					array(c.recommendationRefs()), array(c.criteriaRefs()))
			.query(Long.class).single();
	}

	private ActionPlan plan(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new ActionPlan(id, rs.getString("agreement_code"), rs.getString("title"),
				rs.getObject("period_from", java.time.LocalDate.class), rs.getObject("period_to", java.time.LocalDate.class),
				rs.getString("background"), strings(rs.getArray("findings")), rs.getString("target_group"),
				strings(rs.getArray("goals")), rs.getInt("revision"), rs.getInt("version"), focusAreas(id));
	}

	private List<FocusArea> focusAreas(long planId) {
		Map<Long, List<Activity>> activities = jdbc.sql("""
				SELECT a.* FROM actionplan_activity a JOIN actionplan_focus_area f ON f.id = a.focus_area_id
				WHERE f.plan_id = ? ORDER BY a.position, a.id""")
			.param(planId).query((rs, n) -> activity(rs)).list().stream()
			.collect(Collectors.groupingBy(Activity::focusAreaId, java.util.LinkedHashMap::new, Collectors.toList()));
		return jdbc.sql("SELECT * FROM actionplan_focus_area WHERE plan_id = ? ORDER BY position")
			.param(planId)
			.query((rs, n) -> new FocusArea(rs.getLong("id"), rs.getString("code"), rs.getInt("position"),
					rs.getString("title"), rs.getString("description"), activities.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static Activity activity(ResultSet rs) throws SQLException {
		return new Activity(rs.getLong("id"), rs.getLong("focus_area_id"), rs.getString("title"), rs.getString("description"),
				rs.getString("owner"), strings(rs.getArray("partners")), rs.getObject("start_date", java.time.LocalDate.class),
				rs.getObject("end_date", java.time.LocalDate.class), rs.getObject("budget", BigDecimal.class),
				ActivityStatus.valueOf(rs.getString("status")), rs.getString("planned_results"),
				rs.getString("achieved_results"), strings(rs.getArray("goal_refs")),
				strings(rs.getArray("recommendation_refs")), strings(rs.getArray("criteria_refs")), rs.getInt("version"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	static String[] array(List<String> values) {
		return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toArray(String[]::new);
	}
}
