package se.rattighetsnavet.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;

/**
 * A deliverable as stored, with its stored (never derived) status. Also the before/after of its audit entries.
 */
record DeliverableRow(long id, long agreementId, String agreementCode, String agreementTitle, DeliverableKind kind, String title,
		String description, String requirements, LocalDate dueDate, Integer year, String recipientCode, String recipientUnit,
		String responsibleCode, DeliverableStatus storedStatus, Instant submittedAt, String submittedBy, Instant acceptedAt,
		String acceptedBy, int version, List<String> responsible) {

	Deliverable toDeliverable(LocalDate today) {
		return new Deliverable(id, agreementId, kind, title, dueDate, year, recipientCode,
				Deadlines.derive(storedStatus, dueDate, today));
	}

	Views.DeliverableDetails toDetails(LocalDate today, boolean internal) {
		return new Views.DeliverableDetails(toDeliverable(today), agreementCode, agreementTitle, description, requirements,
				recipientUnit, responsibleCode, internal ? responsible : List.of(), submittedAt, submittedBy, acceptedAt, acceptedBy,
				version, Deadlines.daysLeft(dueDate, today));
	}
}
