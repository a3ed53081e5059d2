package se.rattighetsnavet.agreements;

import java.time.LocalDate;

/**
 * A deliverable as other modules see it; {@code year} is set for recurring ones (the annual samråd and its reports).
 */
public record Deliverable(long id, long agreementId, DeliverableKind kind, String title, LocalDate dueDate, Integer year,
		String recipientCode, DeliverableStatus status) {
}
