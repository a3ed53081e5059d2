package se.rattighetsnavet.actionplan;

/**
 * The hand-written parts of a report; everything else is assembled from the plan and its follow-up.
 */
public record ReportSections(String introduction, String assessment, String takenForward, int version,
		Long attachedDeliverableId, java.time.Instant attachedAt) {

	public static ReportSections empty() {
		return new ReportSections("", "", "", 0, null, null);
	}
}
