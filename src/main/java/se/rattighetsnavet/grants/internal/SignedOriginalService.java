package se.rattighetsnavet.grants.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.grants.FinancialReportManagement;
import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.RequisitionManagement;
import se.rattighetsnavet.grants.SignedOriginal;
import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class SignedOriginalService implements SignedOriginalManagement {

	static final String ENTITY = "signedOriginal";
	private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

	private final SignedOriginals originals;
	private final RequisitionManagement requisitions;
	private final FinancialReportManagement reports;
	private final AuditLog auditLog;

	SignedOriginalService(SignedOriginals originals, RequisitionManagement requisitions, FinancialReportManagement reports,
			AuditLog auditLog) {
		this.originals = originals;
		this.requisitions = requisitions;
		this.reports = reports;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public SignedOriginal upload(DocumentType type, long documentId, String signedBy, String signedOn, String filename,
			String contentType, byte[] content) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		requireSubmitted(type, documentId);
		FieldErrors errors = new FieldErrors();
		Validation.required(errors, "signedBy", signedBy, 200);
		LocalDate date = Validation.date(errors, "signedOn", signedOn, true);
		if (content == null || content.length == 0) {
			errors.add("file", "grants.validation.required");
		}
		else if (contentType == null || !TYPES.contains(contentType)) {
			errors.add("file", "grants.validation.scanType");
		}
		errors.throwIfAny();
		String name = filename == null || filename.isBlank() ? "underskrift" : filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		long id = originals.insert(type, documentId, signedBy.trim(), date, name, contentType, content, Actors.current().email());
		SignedOriginal created = originals.list(type, documentId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
		auditLog.record("upload", ENTITY, id, null, created);
		return created;
	}

	@Override
	public List<SignedOriginal> list(DocumentType type, long documentId) {
		requireVisible(type, documentId);
		return originals.list(type, documentId);
	}

	@Override
	public Content content(DocumentType type, long documentId, long signedOriginalId) {
		requireVisible(type, documentId);
		return originals.content(type, documentId, signedOriginalId)
			.orElseThrow(() -> new NotFoundException(ENTITY, signedOriginalId));
	}

	private void requireVisible(DocumentType type, long documentId) {
		if (type == DocumentType.REQUISITION) {
			requisitions.get(documentId);
		}
		else {
			reports.get(documentId);
		}
	}

	/** Only the submitted version is signed: a draft may still change. */
	private void requireSubmitted(DocumentType type, long documentId) {
		boolean submitted = type == DocumentType.REQUISITION ? !requisitions.get(documentId).status().isDraft()
				: reports.get(documentId).status() != ReportStatus.UTKAST;
		if (!submitted) {
			throw new BusinessRuleException(409, "grants.signedOriginal.draft");
		}
	}
}
