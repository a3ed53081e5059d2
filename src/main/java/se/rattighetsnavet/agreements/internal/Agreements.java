package se.rattighetsnavet.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Funding;

/**
 * SQL of the agreements and their fixed parts (goals, parties, funding, attachments).
 */
@Repository
class Agreements {

	private final JdbcClient jdbc;

	Agreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Agreement> all() {
		return jdbc.sql("SELECT * FROM agreements_agreement ORDER BY valid_from, id").query((rs, n) -> map(rs)).list();
	}

	Optional<Agreement> find(long id) {
		return jdbc.sql("SELECT * FROM agreements_agreement WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	Optional<Long> idOf(String code) {
		return jdbc.sql("SELECT id FROM agreements_agreement WHERE code = ?").param(code).query(Long.class).optional();
	}

	Optional<Views.AgreementDetails> details(long id) {
		return jdbc.sql("SELECT * FROM agreements_agreement WHERE id = ?").param(id).query((rs, n) -> new Views.AgreementDetails(map(rs),
				rs.getString("reasons"), rs.getString("overall_goal"), rs.getString("group_kind"), rs.getString("group_text"),
				subgoals(id), parties(id), attachments(id), rs.getInt("version"))).optional();
	}

	/** @return false when the version no longer matches (someone else saved first) */
	boolean update(long id, int version, String title, String fileNumber, String department, LocalDate validFrom, LocalDate validTo) {
		return jdbc.sql("""
				UPDATE agreements_agreement SET title = ?, file_number = ?, department = ?, valid_from = ?, valid_to = ?,
				version = version + 1 WHERE id = ? AND version = ?""")
			.params(title, fileNumber, department, validFrom, validTo, id, version)
			.update() == 1;
	}

	/** Inserts the agreement unless its code exists; returns its id either way. */
	long insertIfMissing(SeedAgreement seed) {
		jdbc.sql("""
				INSERT INTO agreements_agreement (code, title, file_number, department, valid_from, valid_to, reasons, overall_goal,
				group_kind, group_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
			.params(seed.code(), seed.title(), seed.fileNumber(), seed.department(), seed.validFrom(), seed.validTo(), seed.reasons(),
					seed.overallGoal(), seed.groupKind(), seed.groupText())
			.update();
		return idOf(seed.code()).orElseThrow();
	}

	int insertPartsIfMissing(long id, SeedAgreement seed) {
		int added = 0;
		for (int i = 0; i < seed.subgoals().size(); i++) {
			added += jdbc.sql("INSERT INTO agreements_subgoal (agreement_id, position, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(id, i + 1, seed.subgoals().get(i)).update();
		}
		for (int i = 0; i < seed.parties().size(); i++) {
			SeedAgreement.Party p = seed.parties().get(i);
			added += jdbc.sql("""
					INSERT INTO agreements_party (agreement_id, position, party, signatory, signatory_title, place, signed_on, signed_text)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(id, i + 1, p.party(), p.signatory(), p.signatoryTitle(), p.place(), p.signedOn(), p.signedText()).update();
		}
		for (SeedAgreement.Money money : seed.funding()) {
			added += jdbc.sql("""
					INSERT INTO agreements_funding (agreement_id, year, amount, conditional, appropriation) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(id, money.year(), money.amount(), money.conditional(), SeedAgreement.APPROPRIATION).update();
		}
		for (int i = 0; i < seed.attachments().size(); i++) {
			SeedAgreement.Attachment a = seed.attachments().get(i);
			added += jdbc.sql("INSERT INTO agreements_attachment (agreement_id, position, title, description) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(id, i + 1, a.title(), a.description()).update();
		}
		return added;
	}

	private List<String> subgoals(long id) {
		return jdbc.sql("SELECT text FROM agreements_subgoal WHERE agreement_id = ? ORDER BY position").param(id).query(String.class).list();
	}

	private List<Views.Party> parties(long id) {
		return jdbc.sql("SELECT * FROM agreements_party WHERE agreement_id = ? ORDER BY position").param(id)
			.query((rs, n) -> new Views.Party(rs.getString("party"), rs.getString("signatory"), rs.getString("signatory_title"),
					rs.getString("place"), rs.getObject("signed_on", LocalDate.class), rs.getString("signed_text")))
			.list();
	}

	private List<Views.Attachment> attachments(long id) {
		return jdbc.sql("SELECT * FROM agreements_attachment WHERE agreement_id = ? ORDER BY position").param(id)
			.query((rs, n) -> new Views.Attachment(rs.getString("title"), rs.getString("description"))).list();
	}

	private List<Funding> funding(long id) {
		return jdbc.sql("SELECT * FROM agreements_funding WHERE agreement_id = ? ORDER BY year").param(id)
			.query((rs, n) -> new Funding(rs.getInt("year"), rs.getBigDecimal("amount"), rs.getBoolean("conditional"),
					rs.getString("appropriation")))
			.list();
	}

	private Agreement map(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new Agreement(id, rs.getString("code"), rs.getString("title"), rs.getString("file_number"), rs.getString("department"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), funding(id));
	}
}
