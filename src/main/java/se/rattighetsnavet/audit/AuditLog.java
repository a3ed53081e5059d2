package se.rattighetsnavet.audit;

import java.util.List;

import se.rattighetsnavet.platform.Actor;

/**
 * Records every change of business data in the caller's transaction, so a change and its audit entry commit or fail together.
 */
public interface AuditLog {

	/** Records a change made by the current actor. {@code before}/{@code after} are serialised to JSON; either may be null. */
	void record(String action, String entityType, Object entityId, Object before, Object after);

	/** Records a change made on behalf of the given actor (a scheduled job, a loader). */
	void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after);

	List<AuditEntry> history(String entityType, String entityId);

	AuditPage search(AuditQuery query);

	record AuditQuery(String entityType, String entityId, String actor, int page, int size) {

		public AuditQuery {
			page = Math.max(page, 0);
			size = size <= 0 ? 50 : Math.min(size, 500);
		}
	}

	record AuditPage(List<AuditEntry> items, long total, int page, int size) {
	}
}
