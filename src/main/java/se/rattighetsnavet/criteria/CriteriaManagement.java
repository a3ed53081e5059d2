package se.rattighetsnavet.criteria;

import java.util.List;
import java.util.Optional;

/**
 * The versioned criteria set. Everyone may read published versions; only the programme office edits drafts and publishes.
 */
public interface CriteriaManagement {

	/** The published version assessments are made against now. */
	CriteriaSet current();

	/** @throws se.rattighetsnavet.platform.NotFoundException for an unknown version */
	CriteriaSet version(int number);

	List<CriteriaSet> versions();

	Optional<CriteriaSet> draft();

	/** Opens a draft copied from the current version, or returns the open one (PROGRAMME_OFFICE). */
	CriteriaSet openDraft();

	/**
	 * Changes one cell of the draft (PROGRAMME_OFFICE).
	 *
	 * @throws se.rattighetsnavet.platform.ConcurrentEditException when the draft changed since {@code expectedLockVersion}
	 */
	CriteriaSet editDraft(CriteriaCell cell, int expectedLockVersion);

	/** Publishes the draft; the former current version is retired but kept for the assessments made against it. */
	CriteriaSet publishDraft(int expectedLockVersion);
}
