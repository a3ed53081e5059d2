package se.rattighetsnavet.grants;

import java.util.List;

/**
 * Requisitions: the programme office of SKR drafts and submits them; Kammarkollegiet registers receipt and payment;
 * the ministry reads everything. Drafts are visible only to the programme office and the ministry.
 */
public interface RequisitionManagement {

	/** A new draft, pre-filled from the agreement and the organisation SKR, for the form. */
	RequisitionInput prefill(long agreementId);

	/** @throws se.rattighetsnavet.platform.FieldErrors for any invalid field; nothing is stored then */
	Requisition create(RequisitionInput input);

	/** @throws se.rattighetsnavet.platform.ConcurrentEditException when {@code expectedVersion} is stale */
	Requisition update(long id, RequisitionInput input, int expectedVersion);

	/** Locks the requisition and stores its PDF. {@code expectedVersion} may be null to submit what is stored. */
	Requisition submit(long id, Integer expectedVersion);

	Requisition registerReceipt(long id);

	/** Kammarkollegiet only: the amount paid (at most the amount requested) and the date. */
	Requisition registerPayment(long id, String amount, String paidOn);

	/** @throws se.rattighetsnavet.platform.NotFoundException also when the actor may not see it */
	Requisition get(long id);

	List<Requisition> forAgreement(long agreementId);

	/** The stored PDF of a submitted requisition, or a preview of a draft. */
	byte[] pdf(long id);
}
