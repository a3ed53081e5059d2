package se.rattighetsnavet.recommendations.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.recommendations.MappingEntry;
import se.rattighetsnavet.recommendations.MappingManagement;

/**
 * The programme office's mapping workspace and its report, which can be submitted as the 2014 agreement's kartläggning.
 */
@Service
@Transactional(readOnly = true)
class MappingService implements MappingManagement {

	static final String AGREEMENT = "OK2014";

	private final MappingEntries entries;
	private final Recommendations recommendations;
	private final AuditLog auditLog;
	private final ObjectProvider<AgreementManagement> agreements;
	private final MappingReports reports;

	MappingService(MappingEntries entries, Recommendations recommendations, AuditLog auditLog,
			ObjectProvider<AgreementManagement> agreements, MappingReports reports) {
		this.entries = entries;
		this.recommendations = recommendations;
		this.auditLog = auditLog;
		this.agreements = agreements;
		this.reports = reports;
	}

	private static void requireOffice() {
		Actors.require(RecommendationService.isOffice(Actors.current()));
	}

	@Override
	public List<MappingEntry> entries() {
		requireOffice();
		return entries.all();
	}

	@Override
	public Map<String, Map<String, List<MappingEntry>>> grouped() {
		Map<String, Map<String, List<MappingEntry>>> grouped = new LinkedHashMap<>();
		for (MappingEntry entry : entries()) {
			grouped.computeIfAbsent(entry.rightsArea(), area -> new LinkedHashMap<>())
				.computeIfAbsent(entry.targetGroup(), group -> new java.util.ArrayList<>())
				.add(entry);
		}
		return grouped;
	}

	@Override
	@Transactional
	public MappingEntry select(long recommendationId, String rightsArea, String targetGroup, String needs, String plannedSupport,
			Integer expectedVersion) {
		Actor actor = Actors.current();
		requireOffice();
		recommendations.find(recommendationId).orElseThrow(() -> new NotFoundException(RecommendationService.ENTITY, recommendationId));
		FieldErrors errors = new FieldErrors();
		if (rightsArea == null || rightsArea.isBlank()) {
			errors.add("rightsArea", "recommendations.validation.required");
		}
		if (targetGroup == null || targetGroup.isBlank()) {
			errors.add("targetGroup", "recommendations.validation.required");
		}
		errors.throwIfAny();
		Optional<MappingEntry> before = entries.find(recommendationId);
		if (!entries.save(recommendationId, rightsArea.trim(), targetGroup.trim(), needs, plannedSupport, actor.email(), expectedVersion)) {
			throw new ConcurrentEditException("mappingEntry", recommendationId);
		}
		MappingEntry after = entries.find(recommendationId).orElseThrow();
		auditLog.record(before.isPresent() ? "update" : "create", "mappingEntry", recommendationId, before.orElse(null), after);
		return after;
	}

	@Override
	public Optional<String> fileNumber() {
		return agreement().map(Agreement::fileNumber).filter(number -> number != null && !number.isBlank());
	}

	@Override
	public byte[] pdf(java.util.Locale locale) {
		return reports.pdf(grouped(), fileNumber().orElse(null), locale);
	}

	@Override
	public byte[] docx() {
		return reports.docx(grouped(), fileNumber().orElse(null));
	}

	@Override
	public void submitToAgreement(java.util.Locale locale) {
		requireOffice();
		AgreementManagement management = agreements.getIfAvailable();
		Agreement agreement = agreement().orElseThrow(() -> new BusinessRuleException(422, "recommendations.mapping.noAgreement"));
		Deliverable deliverable = management.deliverables(agreement.id()).stream()
			.filter(candidate -> candidate.kind() == DeliverableKind.KARTLAGGNING)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException(422, "recommendations.mapping.noAgreement"));
		management.submitDocument(deliverable.id(), "kartlaggning-rekommendationer.pdf", "application/pdf", pdf(locale));
	}

	private Optional<Agreement> agreement() {
		AgreementManagement management = agreements.getIfAvailable();
		return management == null ? Optional.empty() : management.findByCode(AGREEMENT);
	}
}
