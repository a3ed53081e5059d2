package se.rattighetsnavet.recommendations;

import java.time.Instant;

/** A member organisation's follow-up of one recommendation. */
public record FollowUp(long recommendationId, String organisationCode, Status status, String comment, String evidenceUrl,
		String updatedBy, Instant updatedAt, int version) {

	public enum Status {
		NOT_STARTED, IN_PROGRESS, DONE, NOT_RELEVANT
	}
}
