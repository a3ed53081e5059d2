package se.rattighetsnavet.actionplan;

/**
 * Where an activity of the action plan stands.
 */
public enum ActivityStatus {
	PLANERAD, PAGAR, GENOMFORD, INSTALLD
}
