package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.grants.RequisitionManagement;
import se.rattighetsnavet.grants.RequisitionStatus;
import se.rattighetsnavet.grants.RequisitionSubmitted;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class RequisitionService implements RequisitionManagement {

	static final String ENTITY = "requisition";

	private final Requisitions requisitions;
	private final LedgerYears ledgerYears;
	private final AgreementManagement agreements;
	private final Prefill prefill;
	private final GrantDocuments documents;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DeliverableLink deliverables;

	RequisitionService(Requisitions requisitions, LedgerYears ledgerYears, AgreementManagement agreements, Prefill prefill,
			GrantDocuments documents, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
			DeliverableLink deliverables) {
		this.requisitions = requisitions;
		this.ledgerYears = ledgerYears;
		this.agreements = agreements;
		this.prefill = prefill;
		this.documents = documents;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.deliverables = deliverables;
	}

	@Override
	public RequisitionInput prefill(long agreementId) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		return prefill.requisition(agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId)));
	}

	@Override
	@Transactional
	public Requisition create(RequisitionInput input) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		ValidRequisition valid = validate(input, 0);
		long id = requisitions.insert(valid, Actors.current().email());
		Requisition created = load(id);
		auditLog.record("create", ENTITY, id, null, created);
		return created;
	}

	@Override
	@Transactional
	public Requisition update(long id, RequisitionInput input, int expectedVersion) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		Requisition before = get(id);
		Lifecycle.requireEditable(before.status());
		ValidRequisition valid = validate(input, id);
		if (!requisitions.update(id, valid, expectedVersion)) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		Requisition after = load(id);
		auditLog.record("update", ENTITY, id, before, after);
		return after;
	}

	@Override
	@Transactional
	public Requisition submit(long id, Integer expectedVersion) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.drafts(actor));
		Requisition before = get(id);
		Lifecycle.require(before.status(), RequisitionStatus.INLAMNAD);
		int version = expectedVersion == null ? before.version() : expectedVersion;
		if (version != before.version()) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		Agreement agreement = agreement(before.agreementId());
		BigDecimal granted = lockYear(agreement, before.year());
		BigDecimal requested = requisitions.requestedByOthers(before.agreementId(), before.year(), id).add(before.amount());
		if (requested.compareTo(granted) > 0) {
			throw new BusinessRuleException("grants.requisition.exceedsGrant", String.valueOf(before.year()));
		}
		byte[] pdf = documents.requisition(before);
		if (!requisitions.markSubmitted(id, version, actor.email(), clock.instant(), pdf)) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		Requisition after = load(id);
		auditLog.record("submit", ENTITY, id, before, after);
		deliverables.submitted(after, pdf);
		events.publishEvent(new RequisitionSubmitted(id, after.agreementId(), after.year()));
		return after;
	}

	@Override
	@Transactional
	public Requisition registerReceipt(long id) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.pays(actor));
		Requisition before = get(id);
		Lifecycle.require(before.status(), RequisitionStatus.MOTTAGEN);
		if (!requisitions.markReceived(id, before.version(), actor.email(), clock.instant())) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		Requisition after = load(id);
		auditLog.record("receive", ENTITY, id, before, after);
		return after;
	}

	@Override
	@Transactional
	public Requisition registerPayment(long id, String amountText, String paidOnText) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.pays(actor));
		Requisition unlocked = get(id);
		lockYear(agreement(unlocked.agreementId()), unlocked.year());
		Requisition before = load(id);
		Lifecycle.require(before.status(), RequisitionStatus.UTBETALD);
		FieldErrors errors = new FieldErrors();
		BigDecimal amount = Validation.positiveAmount(errors, "amount", amountText);
		LocalDate paidOn = Validation.date(errors, "paidOn", paidOnText, true);
		if (amount != null && amount.compareTo(before.amount()) > 0) {
			errors.add("amount", "grants.validation.paymentExceedsRequested");
		}
		if (paidOn != null && paidOn.isAfter(Dates.today(clock))) {
			errors.add("paidOn", "grants.validation.paidOn");
		}
		errors.throwIfAny();
		if (!requisitions.markPaid(id, before.version(), amount, paidOn, actor.email())) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		Requisition after = load(id);
		auditLog.record("pay", ENTITY, id, before, after);
		return after;
	}

	@Override
	public Requisition get(long id) {
		Requisition requisition = load(id);
		if (requisition.status().isDraft() && !GrantAccess.seesDrafts(Actors.current())) {
			throw new NotFoundException(ENTITY, id);
		}
		return requisition;
	}

	@Override
	public List<Requisition> forAgreement(long agreementId) {
		boolean drafts = GrantAccess.seesDrafts(Actors.current());
		return requisitions.forAgreement(agreementId).stream().filter(r -> drafts || !r.status().isDraft()).toList();
	}

	@Override
	public byte[] pdf(long id) {
		Requisition requisition = get(id);
		return requisitions.pdf(id).orElseGet(() -> documents.requisition(requisition));
	}

	private ValidRequisition validate(RequisitionInput input, long id) {
		Agreement agreement = input.agreementId() == null ? null : agreements.find(input.agreementId()).orElse(null);
		RequisitionInput completed = prefill.withDefaultRecipient(input);
		return RequisitionValidator.validate(completed, agreement, year -> {
			lockYear(agreement, year);
			return requisitions.requestedByOthers(agreement.id(), year, id);
		});
	}

	private BigDecimal lockYear(Agreement agreement, int year) {
		BigDecimal granted = agreement.fundingFor(year)
			.orElseThrow(() -> new BusinessRuleException("grants.validation.noFunding", String.valueOf(year)))
			.amount();
		return ledgerYears.lock(agreement.id(), year, granted);
	}

	private Agreement agreement(long agreementId) {
		return agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
	}

	private Requisition load(long id) {
		return requisitions.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}
}
