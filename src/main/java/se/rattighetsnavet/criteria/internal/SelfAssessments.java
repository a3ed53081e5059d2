package se.rattighetsnavet.criteria.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.Principle;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.platform.ConcurrentEditException;

@Repository
class SelfAssessments {

	private static final String COLUMNS = """
			SELECT id, organisation_code, year, criteria_version, status, submitted_at, version FROM criteria_assessment""";

	private final JdbcClient jdbc;

	SelfAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SelfAssessment> find(String organisationCode, int year) {
		return jdbc.sql(COLUMNS + " WHERE organisation_code = ? AND year = ?")
			.params(organisationCode, year)
			.query(this::map)
			.optional();
	}

	List<SelfAssessment> all(String organisationCode) {
		return jdbc.sql(COLUMNS + " WHERE organisation_code = ? ORDER BY year DESC").param(organisationCode).query(this::map).list();
	}

	Optional<SelfAssessment> lastSubmittedBefore(String organisationCode, int year) {
		return jdbc.sql(COLUMNS + " WHERE organisation_code = ? AND year < ? AND status = 'SUBMITTED' ORDER BY year DESC LIMIT 1")
			.params(organisationCode, year)
			.query(this::map)
			.optional();
	}

	/** Every submitted assessment of the year: the only data aggregates are built from. */
	List<SelfAssessment> submitted(int year) {
		return jdbc.sql(COLUMNS + " WHERE year = ? AND status = 'SUBMITTED'").param(year).query(this::map).list();
	}

	/** Status of every assessment of the year, organisation code → status. */
	Map<String, SelfAssessment> headers(int year) {
		return jdbc.sql(COLUMNS + " WHERE year = ?")
			.param(year)
			.query((rs, n) -> header(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(SelfAssessment::organisationCode, a -> a));
	}

	SelfAssessment insert(SelfAssessment draft) {
		long id = jdbc.sql("""
				INSERT INTO criteria_assessment (organisation_code, year, criteria_version, status) VALUES (?, ?, ?, 'DRAFT')
				ON CONFLICT (organisation_code, year) DO NOTHING RETURNING id""")
			.params(draft.organisationCode(), draft.year(), draft.criteriaVersion())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ConcurrentEditException("selfAssessment", draft.organisationCode() + "/" + draft.year()));
		draft.cells().forEach(cell -> insertCell(id, cell));
		return find(draft.organisationCode(), draft.year()).orElseThrow();
	}

	/** Writes the answers and the status, refusing when someone else saved since {@code assessment.version()}. */
	void update(SelfAssessment assessment) {
		int rows = jdbc.sql("""
				UPDATE criteria_assessment SET version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'""")
			.params(assessment.id(), assessment.version())
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("selfAssessment", assessment.organisationCode() + "/" + assessment.year());
		}
		jdbc.sql("DELETE FROM criteria_assessment_cell WHERE assessment_id = ?").param(assessment.id()).update();
		assessment.cells().forEach(cell -> insertCell(assessment.id(), cell));
		if (assessment.isSubmitted()) {
			jdbc.sql("UPDATE criteria_assessment SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ? WHERE id = ?")
				.params(Timestamp.from(assessment.submittedAt()), se.rattighetsnavet.platform.Actors.current().email(), assessment.id())
				.update();
		}
	}

	private void insertCell(long id, AssessmentCell cell) {
		jdbc.sql("""
				INSERT INTO criteria_assessment_cell (assessment_id, commitment, actor_role, level, evidence, links, next_steps, principles)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, cell.commitment().name(), cell.role().name(), cell.level() == null ? null : cell.level().level(),
					cell.evidence(), String.join("\n", cell.links()), cell.nextSteps(),
					cell.principles().stream().map(Principle::name).sorted().collect(Collectors.joining(",")))
			.update();
	}

	private SelfAssessment map(ResultSet rs, int row) throws SQLException {
		SelfAssessment header = header(rs);
		List<AssessmentCell> cells = jdbc.sql("""
				SELECT commitment, actor_role, level, evidence, links, next_steps, principles
				FROM criteria_assessment_cell WHERE assessment_id = ?""")
			.param(header.id())
			.query((c, n) -> new AssessmentCell(Commitment.valueOf(c.getString(1)), ActorRole.valueOf(c.getString(2)),
					c.getObject(3) == null ? null : MaturityLevel.of(c.getInt(3)), c.getString(4), c.getString(5).lines().toList(),
					c.getString(6), Arrays.stream(c.getString(7).split(",")).filter(p -> !p.isEmpty()).map(Principle::valueOf)
						.collect(Collectors.toSet())))
			.list();
		return new SelfAssessment(header.id(), header.organisationCode(), header.year(), header.criteriaVersion(), header.status(),
				header.submittedAt(), header.version(), sorted(cells));
	}

	private static List<AssessmentCell> sorted(List<AssessmentCell> cells) {
		return cells.stream()
			.sorted(java.util.Comparator.comparing(AssessmentCell::commitment).thenComparing(AssessmentCell::role))
			.toList();
	}

	private static SelfAssessment header(ResultSet rs) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new SelfAssessment(rs.getLong("id"), rs.getString("organisation_code"), rs.getInt("year"),
				rs.getInt("criteria_version"), SelfAssessment.Status.valueOf(rs.getString("status")),
				submitted == null ? null : submitted.toInstant(), rs.getInt("version"), List.of());
	}
}
