package se.rattighetsnavet.grants;

/**
 * A requisition was submitted to Kammarkollegiet.
 */
public record RequisitionSubmitted(long requisitionId, long agreementId, int year) {
}
