package se.rattighetsnavet.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Yearly self-assessments. Only the organisation's MEMBER_EDITORs change drafts; its MEMBER_READERs read them; the programme
 * office reads submitted ones. Anyone else is told the assessment does not exist.
 */
public interface SelfAssessmentManagement {

	/** @throws se.rattighetsnavet.platform.NotFoundException when absent or not visible to the actor */
	SelfAssessment get(String organisationCode, int year);

	Optional<SelfAssessment> find(String organisationCode, int year);

	/** The years the actor may see, newest first. */
	List<SelfAssessment> all(String organisationCode);

	/** Starts the year's draft, pre-filled from the last submitted year, or returns the existing one. */
	SelfAssessment start(String organisationCode, int year);

	/**
	 * Saves answers to the draft, starting it if needed.
	 *
	 * @throws se.rattighetsnavet.platform.ConcurrentEditException when someone saved since {@code expectedVersion}
	 */
	SelfAssessment save(String organisationCode, int year, List<AssessmentCell> answers, int expectedVersion);

	/** Freezes the year; every cell needs a level. */
	SelfAssessment submit(String organisationCode, int year, int expectedVersion);

	/** Whether the current actor may change this organisation's drafts. */
	boolean mayEdit(String organisationCode);
}
