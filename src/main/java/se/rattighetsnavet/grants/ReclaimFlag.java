package se.rattighetsnavet.grants;

import java.time.LocalDate;

/**
 * A financial report that was due and did not arrive in time: the Government may reclaim the funds (återkrav).
 * {@code submittedOn} is empty when the report has still not been submitted.
 */
public record ReclaimFlag(long agreementId, long deliverableId, String deliverableTitle, LocalDate dueDate, LocalDate submittedOn) {
}
