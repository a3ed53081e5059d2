package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per agreement and funded year holding the granted amount. Every write that moves money locks the row first,
 * so concurrent requisitions, payments and repayments of the same year queue up instead of breaking the ledger.
 */
@Repository
class LedgerYears {

	private final JdbcClient jdbc;

	LedgerYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the row if needed and locks it until the transaction ends; returns the amount granted. */
	BigDecimal lock(long agreementId, int year, BigDecimal granted) {
		jdbc.sql("INSERT INTO grants_ledger_year (agreement_id, year, granted) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(agreementId, year, granted)
			.update();
		return jdbc.sql("SELECT granted FROM grants_ledger_year WHERE agreement_id = ? AND year = ? FOR UPDATE")
			.params(agreementId, year)
			.query(BigDecimal.class)
			.single();
	}

	Map<Integer, BigDecimal> granted(long agreementId) {
		Map<Integer, BigDecimal> granted = new TreeMap<>();
		jdbc.sql("SELECT year, granted FROM grants_ledger_year WHERE agreement_id = ?")
			.param(agreementId)
			.query(rs -> {
				granted.put(rs.getInt("year"), rs.getBigDecimal("granted"));
			});
		return granted;
	}
}
