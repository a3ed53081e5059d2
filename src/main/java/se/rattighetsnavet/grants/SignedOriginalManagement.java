package se.rattighetsnavet.grants;

import java.util.List;

/**
 * Scans of requisitions and financial reports signed in original by an authorised representative of SKR.
 */
public interface SignedOriginalManagement {

	enum DocumentType {
		REQUISITION, FINANCIAL_REPORT
	}

	/** The programme office of SKR uploads a scan of a submitted document, saying who signed it and when. */
	SignedOriginal upload(DocumentType type, long documentId, String signedBy, String signedOn, String filename, String contentType,
			byte[] content);

	List<SignedOriginal> list(DocumentType type, long documentId);

	Content content(DocumentType type, long documentId, long signedOriginalId);

	record Content(String filename, String contentType, byte[] bytes) {
	}
}
