package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Funding;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.grants.Ledger;
import se.rattighetsnavet.grants.LedgerManagement;
import se.rattighetsnavet.grants.ReclaimFlag;
import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class LedgerService implements LedgerManagement {

	private final AgreementManagement agreements;
	private final Requisitions requisitions;
	private final FinancialReports reports;
	private final Obligations obligations;
	private final LedgerYears ledgerYears;
	private final AuditLog auditLog;
	private final Clock clock;

	LedgerService(AgreementManagement agreements, Requisitions requisitions, FinancialReports reports, Obligations obligations,
			LedgerYears ledgerYears, AuditLog auditLog, Clock clock) {
		this.agreements = agreements;
		this.requisitions = requisitions;
		this.reports = reports;
		this.obligations = obligations;
		this.ledgerYears = ledgerYears;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public Ledger ledger(long agreementId) {
		Agreement agreement = agreement(agreementId);
		Map<Integer, BigDecimal> granted = new TreeMap<>();
		agreement.funding().forEach((Funding f) -> granted.put(f.year(), f.amount().setScale(2)));
		return new Ledger(agreementId, LedgerCalculator.compute(agreementId, granted, requisitions.forAgreement(agreementId),
				reports.forAgreement(agreementId), obligations.forAgreement(agreementId)));
	}

	@Override
	public List<RepaymentObligation> obligations(long agreementId) {
		return obligations.forAgreement(agreementId);
	}

	@Override
	@Transactional
	public RepaymentObligation registerRepayment(long obligationId, String amountText, String paidOnText) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.pays(actor));
		RepaymentObligation before = obligations.lock(obligationId)
			.orElseThrow(() -> new NotFoundException(RepaymentObligations.ENTITY, obligationId));
		FieldErrors errors = new FieldErrors();
		BigDecimal amount = Validation.positiveAmount(errors, "amount", amountText);
		LocalDate paidOn = Validation.date(errors, "paidOn", paidOnText, true);
		if (amount != null && amount.compareTo(before.outstanding()) > 0) {
			errors.add("amount", "grants.validation.repaymentExceedsOwed");
		}
		if (paidOn != null && paidOn.isAfter(Dates.today(clock))) {
			errors.add("paidOn", "grants.validation.paidOn");
		}
		errors.throwIfAny();
		obligations.addRepayment(obligationId, amount, paidOn, actor.email());
		RepaymentObligation after = obligations.find(obligationId).orElseThrow();
		auditLog.record("repay", RepaymentObligations.ENTITY, obligationId, before, after);
		return after;
	}

	@Override
	public List<ReclaimFlag> reclaimFlags(long agreementId) {
		if (!GrantAccess.seesReclaims(Actors.current())) {
			return List.of();
		}
		agreement(agreementId);
		return ReclaimRule.flags(agreements.deliverables(agreementId), reports.forAgreement(agreementId), Dates.today(clock));
	}

	@Override
	public byte[] workbook(long agreementId) {
		Agreement agreement = agreement(agreementId);
		return LedgerWorkbook.write(agreement, ledger(agreementId));
	}

	private Agreement agreement(long agreementId) {
		return agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
	}
}
