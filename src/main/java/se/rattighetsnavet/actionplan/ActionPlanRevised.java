package se.rattighetsnavet.actionplan;

/**
 * A plan was revised after a samråd; {@code revision} is the new revision number.
 */
public record ActionPlanRevised(long planId, String agreementCode, int revision) {
}
