package se.rattighetsnavet.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One recorded change. {@code before} and {@code after} are JSON documents (null for creation and deletion).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String organisationCode, String action,
		String entityType, String entityId, @JsonRawValue String before, @JsonRawValue String after) {
}
