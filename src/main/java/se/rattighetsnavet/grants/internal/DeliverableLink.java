package se.rattighetsnavet.grants.internal;

import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.Requisition;

/**
 * A submitted requisition or financial report is the document the agreement's deliverable asks for: its PDF is handed in
 * to that deliverable through the agreements module, in the same transaction, so both modules agree on what was submitted.
 */
@Component
class DeliverableLink {

	private final AgreementManagement agreements;

	DeliverableLink(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	void submitted(Requisition requisition, byte[] pdf) {
		agreements.deliverables(requisition.agreementId()).stream()
			.filter(d -> d.kind() == DeliverableKind.REKVISITION && (d.year() == null || d.year() == requisition.year()))
			.min(Comparator.comparing(Deliverable::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.ifPresent(d -> agreements.submitDocument(d.id(), "rekvisition-" + requisition.id() + ".pdf", "application/pdf", pdf));
	}

	void submitted(FinancialReport report, byte[] pdf) {
		deliverableFor(report).ifPresent(d -> agreements.submitDocument(d.id(),
				"ekonomisk-redovisning-" + report.id() + ".pdf", "application/pdf", pdf));
	}

	Optional<Deliverable> deliverableFor(FinancialReport report) {
		var candidates = agreements.deliverables(report.agreementId()).stream()
			.filter(d -> ReclaimRule.matches(d, report))
			.sorted(Comparator.comparing(Deliverable::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		if (report.kind() == ReportKind.FINAL) {
			return candidates.stream().filter(d -> d.kind() == DeliverableKind.SLUTLIG_EKONOMISK_REDOVISNING).findFirst()
				.or(() -> candidates.stream().reduce((first, second) -> second));
		}
		return candidates.stream().findFirst();
	}
}
