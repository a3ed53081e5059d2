package se.rattighetsnavet.knowledge;

import java.time.LocalDate;

/**
 * One occasion of a course at one member organisation, with how many took part per category. Counts only: no names.
 */
public record TrainingSession(long id, long courseId, LocalDate heldOn, String organiser, String place,
		String organisationCode, int electedOfficials, int managers, int employees) {

	public int participants() {
		return electedOfficials + managers + employees;
	}
}
