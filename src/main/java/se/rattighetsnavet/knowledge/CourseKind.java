package se.rattighetsnavet.knowledge;

/**
 * The forms of training the programme offers.
 */
public enum CourseKind {
	WEBBUTBILDNING, LOKAL_UTBILDNING, WORKSHOP, PROGRAM
}
