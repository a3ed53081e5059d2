package se.rattighetsnavet.actionplan;

import java.time.Instant;

/**
 * An earlier revision of a plan as it stood before it was revised, kept readable.
 */
public record PlanRevision(int revision, String reason, Instant revisedAt, String revisedBy, ActionPlan plan) {
}
