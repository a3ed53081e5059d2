package se.rattighetsnavet.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Unspent funds shown by an approved final report, owed back to Kammarkollegiet by {@code dueOn}, with the repayments registered.
 */
public record RepaymentObligation(long id, long agreementId, int year, long reportId, BigDecimal amount, LocalDate dueOn,
		List<Repayment> repayments) {

	public RepaymentObligation {
		repayments = List.copyOf(repayments);
	}

	public BigDecimal repaid() {
		return repayments.stream().map(Repayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	public BigDecimal outstanding() {
		return amount.subtract(repaid());
	}

	public record Repayment(long id, BigDecimal amount, LocalDate paidOn, String registeredBy) {
	}
}
