package se.rattighetsnavet.grants.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.ReportKind;

/**
 * "Ej förbrukade medel ska betalas tillbaka": an approved final report with unspent funds creates an obligation due on the
 * agreement's repayment deadline (its ATERBETALNING deliverable), or at the end of the agreement when it names none.
 */
@Component
class RepaymentObligations {

	static final String ENTITY = "repaymentObligation";

	private final Obligations obligations;
	private final AgreementManagement agreements;
	private final AuditLog auditLog;

	RepaymentObligations(Obligations obligations, AgreementManagement agreements, AuditLog auditLog) {
		this.obligations = obligations;
		this.agreements = agreements;
		this.auditLog = auditLog;
	}

	void createFor(FinancialReport report, Agreement agreement) {
		if (report.kind() != ReportKind.FINAL || report.unspent().signum() <= 0) {
			return;
		}
		LocalDate due = dueDate(agreement);
		long id = obligations.insert(report.agreementId(), report.year(), report.id(), report.unspent(), due);
		auditLog.record("create", ENTITY, id, null, obligations.find(id).orElseThrow());
	}

	LocalDate dueDate(Agreement agreement) {
		return agreements.deliverables(agreement.id()).stream()
			.filter(d -> d.kind() == DeliverableKind.ATERBETALNING && d.dueDate() != null)
			.map(Deliverable::dueDate)
			.max(LocalDate::compareTo)
			.orElse(agreement.validTo());
	}
}
