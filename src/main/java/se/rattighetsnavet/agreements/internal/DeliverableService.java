package se.rattighetsnavet.agreements.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * Creating and editing deliverables, handing in their documents and accepting them. Every change is audited.
 */
@Service
public class DeliverableService {

	private final Deliverables deliverables;
	private final Documents documents;
	private final Agreements agreements;
	private final OrganisationManagement organisations;
	private final AuditLog auditLog;
	private final Clock clock;

	DeliverableService(Deliverables deliverables, Documents documents, Agreements agreements, OrganisationManagement organisations,
			AuditLog auditLog, Clock clock) {
		this.deliverables = deliverables;
		this.documents = documents;
		this.agreements = agreements;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public Views.DeliverableDetails details(long id) {
		return row(id).toDetails(Dates.today(clock), Access.mayReadInternal(Actors.current()));
	}

	/** The versions handed in, newest first; only for those who may read submitted documents. */
	public List<Views.DocumentInfo> documents(long id) {
		row(id);
		return Access.mayReadInternal(Actors.current()) ? documents.of(id) : List.of();
	}

	public Views.StoredDocument document(long id, long documentId) {
		Actors.require(Access.mayReadInternal(Actors.current()));
		return documents.find(id, documentId).orElseThrow(() -> new NotFoundException("document", documentId));
	}

	@Transactional
	public Views.DeliverableDetails create(long agreementId, DeliverableDraft draft) {
		Actors.require(Access.mayEdit(Actors.current()));
		agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
		draft.validate(organisations.find(draft.recipient()).isPresent(), null);
		long id = deliverables.insert(agreementId, null, draft.kind(), draft.title(), draft.description(), draft.requirements(),
				draft.dueDate(), draft.dueDate() == null ? null : draft.dueDate().getYear(), draft.recipient(), unit(draft), Access.SKR)
			.orElseThrow();
		if (draft.status() != DeliverableStatus.PLANERAD) {
			deliverables.update(id, 0, draft.kind(), draft.title(), draft.description(), draft.requirements(), draft.dueDate(),
					draft.recipient(), unit(draft), draft.status());
		}
		deliverables.replaceResponsible(id, draft.responsible());
		DeliverableRow after = row(id);
		auditLog.record("create", "deliverable", id, null, after);
		return details(id);
	}

	@Transactional
	public Views.DeliverableDetails update(long id, DeliverableDraft draft) {
		Actors.require(Access.mayEdit(Actors.current()));
		DeliverableRow before = row(id);
		draft.validate(organisations.find(draft.recipient()).isPresent(), before.storedStatus());
		if (!deliverables.update(id, draft.version(), draft.kind(), draft.title(), draft.description(), draft.requirements(),
				draft.dueDate(), draft.recipient(), unit(draft), draft.status())) {
			throw new ConcurrentEditException("deliverable", id);
		}
		deliverables.replaceResponsible(id, draft.responsible());
		auditLog.record("update", "deliverable", id, before, row(id));
		return details(id);
	}

	/** Stores a new version of the submission and marks the deliverable handed in (again, if it had been accepted). */
	@Transactional
	public Views.DocumentInfo submit(long id, String filename, String contentType, byte[] content) {
		Actor actor = Actors.current();
		Actors.require(Access.maySubmit(actor));
		DocumentFormat format = DocumentFormat.check(filename, contentType, content);
		DeliverableRow before = deliverables.findForUpdate(id).orElseThrow(() -> new NotFoundException("deliverable", id));
		Instant now = clock.instant();
		String name = safeName(filename);
		Views.DocumentInfo info = documents.insert(id, name, format.contentType(), content, DocumentFormat.sha256(content),
				actor.email(), now);
		deliverables.markSubmitted(id, now, actor.name());
		auditLog.record(actor, "submit", "deliverable", id, before, info);
		return info;
	}

	@Transactional
	public Views.DeliverableDetails accept(long id, int version) {
		Actor actor = Actors.current();
		DeliverableRow before = row(id);
		Actors.require(Access.mayAccept(actor, before.recipientCode()));
		if (before.storedStatus() != DeliverableStatus.INLAMNAD) {
			throw new BusinessRuleException(409, "agreements.accept.notSubmitted");
		}
		if (!deliverables.markAccepted(id, version, clock.instant(), actor.name() + " (" + actor.organisationCode() + ")")) {
			throw new ConcurrentEditException("deliverable", id);
		}
		auditLog.record("accept", "deliverable", id, before, row(id));
		return details(id);
	}

	/** A steering group's decision adopts a deliverable (e.g. the project plan), whatever it was before. */
	void adoptByDecision(long id, String by) {
		DeliverableRow before = row(id);
		deliverables.markAccepted(id, before.version(), clock.instant(), by);
		auditLog.record("adopt", "deliverable", id, before, row(id));
	}

	private DeliverableRow row(long id) {
		return deliverables.find(id).orElseThrow(() -> new NotFoundException("deliverable", id));
	}

	private String unit(DeliverableDraft draft) {
		return draft.recipientUnit().isEmpty() ? organisations.get(draft.recipient()).name() : draft.recipientUnit();
	}

	private static String safeName(String filename) {
		String name = filename == null ? "dokument" : filename.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	LocalDate today() {
		return Dates.today(clock);
	}
}
