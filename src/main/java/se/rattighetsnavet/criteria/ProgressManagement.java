package se.rattighetsnavet.criteria;

/**
 * Progress over time and comparisons built from submitted assessments only, never from drafts.
 */
public interface ProgressManagement {

	/** The member's own progress (its editors and readers). */
	Progress progress(String organisationCode);

	/** Coverage and network development of a year (programme office). */
	Coverage coverage(int year);
}
