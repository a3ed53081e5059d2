package se.rattighetsnavet.actionplan;

/**
 * The reports assembled from the action plan: the annual follow-up before the samråd, and the final report.
 * Their names match the agreements module's deliverable kinds they are submitted as.
 */
public enum ReportKind {
	UPPFOLJNINGSRAPPORT, SLUTRAPPORT
}
