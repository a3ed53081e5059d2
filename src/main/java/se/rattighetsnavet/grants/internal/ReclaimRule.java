package se.rattighetsnavet.grants.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.ReclaimFlag;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.platform.Dates;

/**
 * "Om redovisningen inte inkommer i tid kan regeringen återkräva medlen": a financial report deliverable whose due date has
 * passed without a report submitted on or before it is flagged for a possible reclaim.
 */
final class ReclaimRule {

	private ReclaimRule() {
	}

	static List<ReclaimFlag> flags(List<Deliverable> deliverables, List<FinancialReport> reports, LocalDate today) {
		List<ReclaimFlag> flags = new ArrayList<>();
		for (Deliverable deliverable : deliverables) {
			if (!isFinancialReport(deliverable.kind()) || deliverable.dueDate() == null || !deliverable.dueDate().isBefore(today)) {
				continue;
			}
			Optional<LocalDate> submitted = reports.stream()
				.filter(r -> r.submittedAt() != null && matches(deliverable, r))
				.map(r -> r.submittedAt().atZone(Dates.STOCKHOLM).toLocalDate())
				.min(Comparator.naturalOrder());
			if (submitted.isEmpty() || submitted.get().isAfter(deliverable.dueDate())) {
				flags.add(new ReclaimFlag(deliverable.agreementId(), deliverable.id(), deliverable.title(), deliverable.dueDate(),
						submitted.orElse(null)));
			}
		}
		return flags;
	}

	static boolean isFinancialReport(DeliverableKind kind) {
		return kind == DeliverableKind.EKONOMISK_REDOVISNING || kind == DeliverableKind.SLUTLIG_EKONOMISK_REDOVISNING;
	}

	/**
	 * Whether the report answers the deliverable. A yearly deliverable is answered by the report of its year or, where it is
	 * due before that year has ended (the 2014 agreement's report before each spring's samråd), of the year before.
	 */
	static boolean matches(Deliverable deliverable, FinancialReport report) {
		if (deliverable.kind() == DeliverableKind.SLUTLIG_EKONOMISK_REDOVISNING) {
			return report.kind() == ReportKind.FINAL;
		}
		if (deliverable.kind() != DeliverableKind.EKONOMISK_REDOVISNING) {
			return false;
		}
		if (deliverable.year() == null) {
			return true;
		}
		boolean sameYear = deliverable.year() == report.year();
		boolean yearBefore = deliverable.year() - 1 == report.year();
		return (sameYear || yearBefore) && (deliverable.dueDate() == null || !report.periodTo().isAfter(deliverable.dueDate()));
	}
}
