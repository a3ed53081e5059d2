package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportManagement;
import se.rattighetsnavet.grants.FinancialReportSubmitted;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class FinancialReportService implements FinancialReportManagement {

	static final String ENTITY = "financialReport";

	private final FinancialReports reports;
	private final Requisitions requisitions;
	private final LedgerYears ledgerYears;
	private final RepaymentObligations obligations;
	private final AgreementManagement agreements;
	private final Prefill prefill;
	private final GrantDocuments documents;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DeliverableLink deliverables;

	FinancialReportService(FinancialReports reports, Requisitions requisitions, LedgerYears ledgerYears,
			RepaymentObligations obligations, AgreementManagement agreements, Prefill prefill, GrantDocuments documents,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock, DeliverableLink deliverables) {
		this.reports = reports;
		this.requisitions = requisitions;
		this.ledgerYears = ledgerYears;
		this.obligations = obligations;
		this.agreements = agreements;
		this.prefill = prefill;
		this.documents = documents;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.deliverables = deliverables;
	}

	@Override
	public FinancialReportInput prefill(long agreementId, ReportKind kind) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		Agreement agreement = agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
		List<Requisition> paid = requisitions.forAgreement(agreementId).stream().filter(r -> r.paidAmount() != null).toList();
		int year = paid.isEmpty() ? agreement.validFrom().getYear() : paid.get(paid.size() - 1).year();
		BigDecimal amount = paid.stream()
			.filter(r -> kind == ReportKind.FINAL || r.year() == year)
			.map(Requisition::paidAmount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return prefill.report(agreement, kind, year, amount);
	}

	@Override
	@Transactional
	public FinancialReport create(FinancialReportInput input) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		ValidReport valid = validate(input);
		long id = reports.insert(valid, Actors.current().email());
		FinancialReport created = load(id);
		auditLog.record("create", ENTITY, id, null, created);
		return created;
	}

	@Override
	@Transactional
	public FinancialReport update(long id, FinancialReportInput input, int expectedVersion) {
		Actors.require(GrantAccess.drafts(Actors.current()));
		FinancialReport before = get(id);
		Lifecycle.requireEditable(before.status());
		ValidReport valid = validate(input);
		if (!reports.update(id, valid, expectedVersion)) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		FinancialReport after = load(id);
		auditLog.record("update", ENTITY, id, before, after);
		return after;
	}

	@Override
	@Transactional
	public FinancialReport submit(long id, Integer expectedVersion) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.drafts(actor));
		FinancialReport before = get(id);
		Lifecycle.require(before.status(), ReportStatus.INLAMNAD);
		FinancialReportValidator.requireComplete(before);
		int version = expectedVersion == null ? before.version() : expectedVersion;
		byte[] pdf = documents.report(before);
		if (version != before.version() || !reports.markSubmitted(id, version, actor.email(), clock.instant(), pdf)) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		FinancialReport after = load(id);
		auditLog.record("submit", ENTITY, id, before, after);
		deliverables.submitted(after, pdf);
		events.publishEvent(new FinancialReportSubmitted(id, after.agreementId(), after.year(), after.kind()));
		return after;
	}

	@Override
	@Transactional
	public FinancialReport approve(long id) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.decides(actor));
		FinancialReport before = get(id);
		Lifecycle.require(before.status(), ReportStatus.GODKAND);
		Agreement agreement = agreements.find(before.agreementId()).orElseThrow(() -> new NotFoundException("agreement", before.agreementId()));
		ledgerYears.lock(before.agreementId(), before.year(), agreement.fundingFor(before.year()).orElseThrow().amount());
		if (!reports.markDecided(id, before.version(), ReportStatus.GODKAND, null, actor.email(), clock.instant())) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		FinancialReport after = load(id);
		auditLog.record("approve", ENTITY, id, before, after);
		obligations.createFor(after, agreement);
		return after;
	}

	@Override
	@Transactional
	public FinancialReport requestCompletion(long id, String reason) {
		Actor actor = Actors.current();
		Actors.require(GrantAccess.decides(actor));
		FinancialReport before = get(id);
		Lifecycle.require(before.status(), ReportStatus.KOMPLETTERING_BEGARD);
		FieldErrors errors = new FieldErrors();
		Validation.required(errors, "reason", reason, 4000);
		errors.throwIfAny();
		if (!reports.markDecided(id, before.version(), ReportStatus.KOMPLETTERING_BEGARD, reason.trim(), actor.email(), clock.instant())) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		FinancialReport after = load(id);
		auditLog.record("request-completion", ENTITY, id, before, after);
		return after;
	}

	@Override
	public FinancialReport get(long id) {
		FinancialReport report = load(id);
		if (report.status() == ReportStatus.UTKAST && !GrantAccess.seesDrafts(Actors.current())) {
			throw new NotFoundException(ENTITY, id);
		}
		return report;
	}

	@Override
	public List<FinancialReport> forAgreement(long agreementId) {
		boolean drafts = GrantAccess.seesDrafts(Actors.current());
		return reports.forAgreement(agreementId).stream().filter(r -> drafts || r.status() != ReportStatus.UTKAST).toList();
	}

	@Override
	public byte[] pdf(long id) {
		FinancialReport report = get(id);
		return report.status().isEditable() ? documents.report(report) : reports.pdf(id).orElseGet(() -> documents.report(report));
	}

	private ValidReport validate(FinancialReportInput input) {
		Agreement agreement = input.agreementId() == null ? null : agreements.find(input.agreementId()).orElse(null);
		ValidReport valid = FinancialReportValidator.validate(withDefaultRecipient(input), agreement);
		ledgerYears.lock(valid.agreementId(), valid.year(), agreement.fundingFor(valid.year()).orElseThrow().amount());
		return valid;
	}

	private FinancialReportInput withDefaultRecipient(FinancialReportInput i) {
		if (i.recipient() != null && !i.recipient().isBlank()) {
			return i;
		}
		return new FinancialReportInput(i.agreementId(), i.kind(), i.year(), prefill.recipientFor(i.organisationNumber()),
				i.organisationNumber(), i.contactPerson(), i.postalAddress(), i.phone(), i.fax(), i.email(), i.agreementFileNumber(),
				i.paymentDecisionFileNumber(), i.agreementName(), i.totalGranted(), i.totalPaidOut(), i.periodFrom(), i.periodTo(),
				i.grantReceived(), i.costs(), i.cfoAttestation(), i.deviations(), i.measures(), i.cfoName(), i.cfoTitle(), i.cfoPhone(),
				i.cfoEmail(), i.cfoDate());
	}

	private FinancialReport load(long id) {
		return reports.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}
}
