package se.rattighetsnavet.criteria.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.EvidenceFile;
import se.rattighetsnavet.criteria.EvidenceManagement;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.criteria.SelfAssessmentManagement;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

@Service
class EvidenceService implements EvidenceManagement {

	private final SelfAssessmentManagement assessments;
	private final EvidenceFiles files;
	private final AuditLog auditLog;

	EvidenceService(SelfAssessmentManagement assessments, EvidenceFiles files, AuditLog auditLog) {
		this.assessments = assessments;
		this.files = files;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidenceFile> files(String organisationCode, int year) {
		return files.of(assessments.get(organisationCode, year).id());
	}

	@Override
	@Transactional
	public EvidenceFile attach(String organisationCode, int year, Commitment commitment, ActorRole role, String fileName,
			String contentType, byte[] content) {
		SelfAssessment assessment = assessments.get(organisationCode, year);
		if (!assessments.mayEdit(organisationCode)) {
			Actors.require(false);
		}
		assessment.requireDraft();
		String field = "file-" + commitment.code() + "-" + role.code();
		FieldErrors errors = new FieldErrors();
		if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
			errors.add(field, "criteria.evidence.empty");
		}
		else if (content.length > EvidenceFile.MAX_BYTES) {
			errors.add(field, "criteria.evidence.tooLarge");
		}
		errors.throwIfAny();
		String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
		long id = files.insert(assessment.id(), commitment, role, fileName, type, content);
		EvidenceFile file = new EvidenceFile(id, commitment, role, fileName, type);
		auditLog.record("attach", "selfAssessment", assessment.id(), null, file);
		return file;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] content(String organisationCode, int year, long fileId) {
		SelfAssessment assessment = assessments.get(organisationCode, year);
		return files.content(assessment.id(), fileId).orElseThrow(() -> new NotFoundException("selfAssessment", fileId));
	}
}
