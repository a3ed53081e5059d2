package se.rattighetsnavet.actionplan;

/**
 * A report generated from the plan was attached to the agreement's deliverable.
 */
public record ReportSubmitted(long planId, ReportKind kind, int year, long deliverableId) {
}
