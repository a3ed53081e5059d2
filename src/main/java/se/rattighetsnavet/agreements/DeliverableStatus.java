package se.rattighetsnavet.agreements;

/**
 * Where a deliverable stands. {@code FORSENAD} is never stored: it is derived when a deliverable is past due and not submitted.
 */
public enum DeliverableStatus {
	PLANERAD, PAGAR, INLAMNAD, GODKAND, FORSENAD
}
