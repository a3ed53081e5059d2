package se.rattighetsnavet.grants;

/**
 * The chief financial officer's review of point 3 of the report: Alt 1 correct, Alt 2 not correct (deviations and measures required).
 */
public enum CfoAttestation {
	CORRECT, NOT_CORRECT
}
