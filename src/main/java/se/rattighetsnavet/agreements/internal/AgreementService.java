package se.rattighetsnavet.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * Reading agreements and their deadlines, and editing an agreement's own fields.
 */
@Service
public class AgreementService implements AgreementManagement {

	private final Agreements agreements;
	private final Deliverables deliverables;
	private final DeliverableService deliverableService;
	private final AuditLog auditLog;
	private final Clock clock;

	AgreementService(Agreements agreements, Deliverables deliverables, DeliverableService deliverableService, AuditLog auditLog,
			Clock clock) {
		this.agreements = agreements;
		this.deliverables = deliverables;
		this.deliverableService = deliverableService;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public List<Agreement> all() {
		return agreements.all();
	}

	@Override
	public Optional<Agreement> find(long id) {
		return agreements.find(id);
	}

	@Override
	public Optional<Agreement> findByCode(String code) {
		return agreements.idOf(code).flatMap(agreements::find);
	}

	@Override
	public List<Deliverable> deliverables(long agreementId) {
		LocalDate today = today();
		return deliverables.ofAgreement(agreementId).stream().map(row -> row.toDeliverable(today)).toList();
	}

	@Override
	public Optional<Deliverable> deliverable(long deliverableId) {
		return deliverables.find(deliverableId).map(row -> row.toDeliverable(today()));
	}

	@Override
	public void submitDocument(long deliverableId, String filename, String contentType, byte[] content) {
		deliverableService.submit(deliverableId, filename, contentType, content);
	}

	public Views.AgreementDetails details(long id) {
		return agreements.details(id).orElseThrow(() -> new NotFoundException("agreement", id));
	}

	public List<Views.DeliverableDetails> deliverableDetails(long agreementId) {
		LocalDate today = today();
		boolean internal = Access.mayReadInternal(Actors.current());
		return deliverables.ofAgreement(agreementId).stream().map(row -> row.toDetails(today, internal)).toList();
	}

	/** Deadlines of every agreement that are late (not handed in) or due within the coming {@code days}. */
	public List<Views.DeadlineRow> deadlines(int days) {
		LocalDate today = today();
		return deliverables.dueUntil(today.plusDays(days)).stream()
			.map(row -> new Views.DeadlineRow(row.toDeliverable(today), row.agreementCode(), row.recipientUnit(),
					Deadlines.daysLeft(row.dueDate(), today)))
			.filter(row -> row.daysLeft() >= 0 || row.deliverable().status() == se.rattighetsnavet.agreements.DeliverableStatus.FORSENAD)
			.toList();
	}

	@Transactional
	public Views.AgreementDetails update(long id, AgreementChange change) {
		Actor actor = Actors.current();
		Actors.require(Access.mayEdit(actor));
		change.validate();
		Views.AgreementDetails before = details(id);
		if (!agreements.update(id, change.version(), change.title(), change.fileNumber(), change.department(), change.validFrom(),
				change.validTo())) {
			throw new ConcurrentEditException("agreement", id);
		}
		Views.AgreementDetails after = details(id);
		auditLog.record("update", "agreement", id, before.agreement(), after.agreement());
		return after;
	}

	LocalDate today() {
		return Dates.today(clock);
	}
}
