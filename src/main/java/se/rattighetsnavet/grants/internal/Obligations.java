package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.grants.RepaymentObligation.Repayment;

/**
 * Repayment obligations and the repayments registered against them.
 */
@Repository
class Obligations {

	private final JdbcClient jdbc;

	Obligations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long agreementId, int year, long reportId, BigDecimal amount, LocalDate dueOn) {
		return jdbc.sql("INSERT INTO grants_repayment_obligation (agreement_id, year, report_id, amount, due_on) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(agreementId, year, reportId, amount, dueOn)
			.query(Long.class)
			.single();
	}

	/** Locks the obligation until the transaction ends, so concurrent repayments are counted one after the other. */
	Optional<RepaymentObligation> lock(long id) {
		return jdbc.sql("SELECT id FROM grants_repayment_obligation WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	void addRepayment(long obligationId, BigDecimal amount, LocalDate paidOn, String registeredBy) {
		jdbc.sql("INSERT INTO grants_repayment (obligation_id, amount, paid_on, registered_by) VALUES (?, ?, ?, ?)")
			.params(obligationId, amount, paidOn, registeredBy)
			.update();
	}

	Optional<RepaymentObligation> find(long id) {
		return list("o.id = ?", id).stream().findFirst();
	}

	List<RepaymentObligation> forAgreement(long agreementId) {
		return list("o.agreement_id = ?", agreementId);
	}

	private List<RepaymentObligation> list(String condition, long key) {
		Map<Long, List<Repayment>> repayments = new HashMap<>();
		jdbc.sql("SELECT p.* FROM grants_repayment p JOIN grants_repayment_obligation o ON o.id = p.obligation_id WHERE " + condition
				+ " ORDER BY p.id")
			.param(key)
			.query(rs -> {
				repayments.computeIfAbsent(rs.getLong("obligation_id"), k -> new ArrayList<>())
					.add(new Repayment(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class),
							rs.getString("registered_by")));
			});
		return jdbc.sql("SELECT o.* FROM grants_repayment_obligation o WHERE " + condition + " ORDER BY o.year, o.id")
			.param(key)
			.query((rs, row) -> new RepaymentObligation(rs.getLong("id"), rs.getLong("agreement_id"), rs.getInt("year"),
					rs.getLong("report_id"), rs.getBigDecimal("amount"), rs.getObject("due_on", LocalDate.class),
					repayments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}
}
