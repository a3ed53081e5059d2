package se.rattighetsnavet.criteria.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaCell;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.platform.ConcurrentEditException;

@Repository
class CriteriaVersions {

	private final JdbcClient jdbc;

	CriteriaVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CriteriaSet> find(int number) {
		return jdbc.sql("SELECT number, status, published_on, version FROM criteria_version WHERE number = ?")
			.param(number)
			.query((rs, n) -> header(rs))
			.optional()
			.map(this::withCells);
	}

	Optional<CriteriaSet> findByStatus(CriteriaSet.Status status) {
		return jdbc.sql("SELECT number FROM criteria_version WHERE status = ?")
			.param(status.name())
			.query(Integer.class)
			.optional()
			.flatMap(this::find);
	}

	List<CriteriaSet> all() {
		return jdbc.sql("SELECT number, status, published_on, version FROM criteria_version ORDER BY number DESC")
			.query((rs, n) -> header(rs))
			.list();
	}

	int nextNumber() {
		return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM criteria_version").query(Integer.class).single();
	}

	void insert(int number, CriteriaSet.Status status, LocalDate publishedOn, List<CriteriaCell> cells) {
		jdbc.sql("INSERT INTO criteria_version (number, status, published_on) VALUES (?, 'DRAFT', ?)")
			.params(number, publishedOn)
			.update();
		cells.forEach(cell -> insertCell(number, cell));
		if (status != CriteriaSet.Status.DRAFT) {
			jdbc.sql("UPDATE criteria_version SET status = ? WHERE number = ?").params(status.name(), number).update();
		}
	}

	void updateCell(int number, CriteriaCell cell, int expectedVersion) {
		bump(number, expectedVersion);
		jdbc.sql("""
				UPDATE criteria_cell SET questions_sv = ?, questions_en = ?, evidence_sv = ?, evidence_en = ?
				WHERE criteria_version = ? AND commitment = ? AND actor_role = ?""")
			.params(cell.questionsSv(), cell.questionsEn(), cell.evidenceSv(), cell.evidenceEn(), number,
					cell.commitment().name(), cell.role().name())
			.update();
	}

	void publish(int number, LocalDate on, int expectedVersion) {
		bump(number, expectedVersion);
		jdbc.sql("UPDATE criteria_version SET status = 'RETIRED' WHERE status = 'PUBLISHED'").update();
		jdbc.sql("UPDATE criteria_version SET status = 'PUBLISHED', published_on = ? WHERE number = ?").params(on, number).update();
	}

	private void bump(int number, int expectedVersion) {
		int rows = jdbc.sql("UPDATE criteria_version SET version = version + 1 WHERE number = ? AND version = ? AND status = 'DRAFT'")
			.params(number, expectedVersion)
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("criteriaVersion", number);
		}
	}

	private void insertCell(int number, CriteriaCell cell) {
		jdbc.sql("""
				INSERT INTO criteria_cell (criteria_version, commitment, actor_role, questions_sv, questions_en, evidence_sv, evidence_en)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(number, cell.commitment().name(), cell.role().name(), cell.questionsSv(), cell.questionsEn(),
					cell.evidenceSv(), cell.evidenceEn())
			.update();
	}

	private CriteriaSet withCells(CriteriaSet header) {
		List<CriteriaCell> cells = jdbc.sql("""
				SELECT commitment, actor_role, questions_sv, questions_en, evidence_sv, evidence_en
				FROM criteria_cell WHERE criteria_version = ?""")
			.param(header.version())
			.query((rs, n) -> new CriteriaCell(Commitment.valueOf(rs.getString(1)), ActorRole.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
		return new CriteriaSet(header.version(), header.status(), header.publishedOn(), header.lockVersion(), cells);
	}

	private static CriteriaSet header(ResultSet rs) throws SQLException {
		return new CriteriaSet(rs.getInt("number"), CriteriaSet.Status.valueOf(rs.getString("status")),
				rs.getObject("published_on", LocalDate.class), rs.getInt("version"), List.of());
	}
}
