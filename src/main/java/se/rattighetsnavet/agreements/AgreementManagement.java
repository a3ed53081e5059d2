package se.rattighetsnavet.agreements;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the agreements module.
 */
public interface AgreementManagement {

	List<Agreement> all();

	Optional<Agreement> find(long id);

	/** By stable code, {@code OK2014} or {@code OK2017}. */
	Optional<Agreement> findByCode(String code);

	/** The agreement's deliverables sorted by due date, with derived status. */
	List<Deliverable> deliverables(long agreementId);

	Optional<Deliverable> deliverable(long deliverableId);

	/**
	 * Attaches a generated or uploaded document as a new version of a deliverable's submission, for the current actor
	 * (who must be allowed to submit it), and marks it submitted.
	 */
	void submitDocument(long deliverableId, String filename, String contentType, byte[] content);
}
