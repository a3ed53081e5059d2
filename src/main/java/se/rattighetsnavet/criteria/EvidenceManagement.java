package se.rattighetsnavet.criteria;

import java.util.List;

/**
 * Files uploaded as evidence for a self-assessment, with the same access as the assessment itself.
 */
public interface EvidenceManagement {

	List<EvidenceFile> files(String organisationCode, int year);

	/**
	 * Attaches a file to a cell of the draft (MEMBER_EDITOR of the organisation).
	 *
	 * @throws se.rattighetsnavet.platform.FieldErrors for an empty file or one over 20 MB
	 */
	EvidenceFile attach(String organisationCode, int year, Commitment commitment, ActorRole role, String fileName,
			String contentType, byte[] content);

	/** @throws se.rattighetsnavet.platform.NotFoundException when absent or not visible */
	byte[] content(String organisationCode, int year, long fileId);
}
