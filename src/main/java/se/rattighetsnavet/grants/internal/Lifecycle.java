package se.rattighetsnavet.grants.internal;

import java.util.Map;
import java.util.Set;

import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.RequisitionStatus;
import se.rattighetsnavet.platform.BusinessRuleException;

/**
 * The allowed steps of both lifecycles. A step from anywhere else is refused with 409 and the reason in the user's language.
 */
final class Lifecycle {

	private static final Map<RequisitionStatus, Set<RequisitionStatus>> REQUISITION = Map.of(
			RequisitionStatus.UTKAST, Set.of(RequisitionStatus.INLAMNAD),
			RequisitionStatus.INLAMNAD, Set.of(RequisitionStatus.MOTTAGEN),
			RequisitionStatus.MOTTAGEN, Set.of(RequisitionStatus.UTBETALD),
			RequisitionStatus.UTBETALD, Set.of());

	private static final Map<ReportStatus, Set<ReportStatus>> REPORT = Map.of(
			ReportStatus.UTKAST, Set.of(ReportStatus.INLAMNAD),
			ReportStatus.KOMPLETTERING_BEGARD, Set.of(ReportStatus.INLAMNAD),
			ReportStatus.INLAMNAD, Set.of(ReportStatus.GODKAND, ReportStatus.KOMPLETTERING_BEGARD),
			ReportStatus.GODKAND, Set.of());

	private Lifecycle() {
	}

	static boolean allows(RequisitionStatus from, RequisitionStatus to) {
		return REQUISITION.get(from).contains(to);
	}

	static boolean allows(ReportStatus from, ReportStatus to) {
		return REPORT.get(from).contains(to);
	}

	static void require(RequisitionStatus from, RequisitionStatus to) {
		if (!allows(from, to)) {
			throw new BusinessRuleException(409, "grants.transition.requisition", from.name(), to.name());
		}
	}

	static void require(ReportStatus from, ReportStatus to) {
		if (!allows(from, to)) {
			throw new BusinessRuleException(409, "grants.transition.report", from.name(), to.name());
		}
	}

	static void requireEditable(RequisitionStatus status) {
		if (!status.isDraft()) {
			throw new BusinessRuleException(409, "grants.requisition.locked");
		}
	}

	static void requireEditable(ReportStatus status) {
		if (!status.isEditable()) {
			throw new BusinessRuleException(409, "grants.report.locked");
		}
	}
}
