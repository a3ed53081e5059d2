package se.rattighetsnavet.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.ActionPlanManagement;
import se.rattighetsnavet.actionplan.ActionPlanRevised;
import se.rattighetsnavet.actionplan.Activity;
import se.rattighetsnavet.actionplan.ActivityChange;
import se.rattighetsnavet.actionplan.FollowUp;
import se.rattighetsnavet.actionplan.PlanRevision;
import se.rattighetsnavet.actionplan.Report;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.actionplan.ReportSections;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
@Transactional(readOnly = true)
class ActionPlanService implements ActionPlanManagement {

	static final String PROGRAMME_OFFICE_ORG = "SKR";

	private final ActionPlans plans;
	private final FollowUps followUps;
	private final ReportDocuments documents;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;

	ActionPlanService(ActionPlans plans, FollowUps followUps, ReportDocuments documents, AuditLog auditLog,
			ApplicationEventPublisher events, JsonMapper json) {
		this.plans = plans;
		this.followUps = followUps;
		this.documents = documents;
		this.auditLog = auditLog;
		this.events = events;
		this.json = json;
	}

	/** Only the programme office (SKR) changes the plan, its follow-up and its reports. */
	static void requireProgrammeOffice() {
		Actor actor = Actors.current();
		Actors.require(actor.hasRoleIn(Role.PROGRAMME_OFFICE, PROGRAMME_OFFICE_ORG));
	}

	@Override
	public List<ActionPlan> all() {
		return plans.all();
	}

	@Override
	public Optional<ActionPlan> find(long planId) {
		return plans.find(planId);
	}

	@Override
	public Optional<ActionPlan> findByAgreement(String agreementCode) {
		return plans.findByAgreement(agreementCode);
	}

	private ActionPlan get(long planId) {
		return plans.find(planId).orElseThrow(() -> new NotFoundException("actionPlan", planId));
	}

	private Activity activity(long activityId) {
		long planId = plans.planOfActivity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
		return get(planId).activity(activityId).orElseThrow();
	}

	@Override
	@Transactional
	public Activity updateActivity(long activityId, ActivityChange change, int expectedVersion) {
		requireProgrammeOffice();
		change.validate();
		Activity before = activity(activityId);
		if (!plans.update(activityId, change, expectedVersion)) {
			throw new ConcurrentEditException("activity", activityId);
		}
		Activity after = activity(activityId);
		auditLog.record("update", "activity", activityId, before, after);
		return after;
	}

	@Override
	@Transactional
	public Activity addActivity(long focusAreaId, ActivityChange change) {
		requireProgrammeOffice();
		plans.planOfFocusArea(focusAreaId).orElseThrow(() -> new NotFoundException("focusArea", focusAreaId));
		change.validate();
		long id = plans.insert(focusAreaId, change);
		Activity created = activity(id);
		auditLog.record("create", "activity", id, null, created);
		return created;
	}

	@Override
	@Transactional
	public ActionPlan revise(long planId, String reason, int expectedVersion) {
		requireProgrammeOffice();
		if (reason == null || reason.isBlank()) {
			new FieldErrors().add("reason", "actionplan.revision.reason.required").throwIfAny();
		}
		ActionPlan before = get(planId);
		if (!plans.bumpRevision(planId, expectedVersion)) {
			throw new ConcurrentEditException("actionPlan", planId);
		}
		followUps.saveRevision(planId, before.revision(), reason.strip(), json.writeValueAsString(before), Actors.current().email());
		ActionPlan after = get(planId);
		auditLog.record("revise", "actionPlan", planId, java.util.Map.of("revision", before.revision()),
				java.util.Map.of("revision", after.revision(), "reason", reason.strip()));
		events.publishEvent(new ActionPlanRevised(planId, after.agreementCode(), after.revision()));
		return after;
	}

	@Override
	public List<PlanRevision> revisions(long planId) {
		get(planId);
		return followUps.revisions(planId).stream()
			.map(row -> new PlanRevision(row.revision(), row.reason(), row.revisedAt(), row.revisedBy(),
					json.readValue(row.snapshot(), ActionPlan.class)))
			.toList();
	}

	@Override
	public Optional<PlanRevision> revision(long planId, int revision) {
		return revisions(planId).stream().filter(r -> r.revision() == revision).findFirst();
	}

	@Override
	public List<FollowUp> followUps(long planId) {
		get(planId);
		return followUps.ofPlan(planId);
	}

	@Override
	@Transactional
	public FollowUp recordFollowUp(long activityId, int year, String progress, String results, BigDecimal spent,
			Integer expectedVersion) {
		requireProgrammeOffice();
		long planId = plans.planOfActivity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
		ActionPlan plan = get(planId);
		FollowUpRules.validate(plan, year, spent);
		String p = progress == null ? "" : progress.strip();
		String r = results == null ? "" : results.strip();
		Optional<FollowUp> before = followUps.find(activityId, year);
		boolean saved = expectedVersion == null ? followUps.insert(activityId, year, p, r, spent)
				: followUps.update(activityId, year, p, r, spent, expectedVersion);
		if (!saved) {
			throw new ConcurrentEditException("followUp", activityId + "/" + year);
		}
		FollowUp after = followUps.find(activityId, year).orElseThrow();
		auditLog.record(before.isPresent() ? "update" : "create", "followUp", activityId + "/" + year, before.orElse(null), after);
		return after;
	}

	@Override
	public Report report(long planId, ReportKind kind, int year) {
		ActionPlan plan = get(planId);
		int key = kind == ReportKind.SLUTRAPPORT ? 0 : year;
		if (kind == ReportKind.UPPFOLJNINGSRAPPORT && !plan.years().contains(year)) {
			throw new NotFoundException("report", kind + "/" + year);
		}
		ReportSections sections = followUps.sections(planId, kind, key).orElse(ReportSections.empty());
		return Report.assemble(kind, key, plan, followUps.ofPlan(planId), sections);
	}

	@Override
	@Transactional
	public ReportSections saveSections(long planId, ReportKind kind, int year, String introduction, String assessment,
			String takenForward, int expectedVersion) {
		requireProgrammeOffice();
		Report before = report(planId, kind, year);
		if (!followUps.saveSections(planId, kind, before.year(), text(introduction), text(assessment), text(takenForward),
				expectedVersion)) {
			throw new ConcurrentEditException("report", planId + "/" + kind + "/" + year);
		}
		ReportSections after = followUps.sections(planId, kind, before.year()).orElseThrow();
		auditLog.record("update", "report", planId + "/" + kind + "/" + before.year(), before.sections(), after);
		return after;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	@Override
	public byte[] reportPdf(long planId, ReportKind kind, int year, Locale locale) {
		return documents.pdf(report(planId, kind, year), locale);
	}

	@Override
	public byte[] reportDocx(long planId, ReportKind kind, int year, Locale locale) {
		return documents.docx(report(planId, kind, year), locale);
	}

	@Override
	@Transactional
	public long attachReport(long planId, ReportKind kind, int year) {
		requireProgrammeOffice();
		Report report = report(planId, kind, year);
		long deliverableId = documents.attach(report);
		followUps.markAttached(planId, kind, report.year(), deliverableId);
		auditLog.record("submit", "report", planId + "/" + kind + "/" + report.year(), null,
				java.util.Map.of("deliverableId", deliverableId));
		events.publishEvent(new se.rattighetsnavet.actionplan.ReportSubmitted(planId, kind, report.year(), deliverableId));
		return deliverableId;
	}
}
