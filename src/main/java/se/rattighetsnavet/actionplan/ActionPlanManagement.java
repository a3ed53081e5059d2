package se.rattighetsnavet.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the web layer and other modules may ask of the action plan. Everyone may read; only the programme office changes.
 */
public interface ActionPlanManagement {

	List<ActionPlan> all();

	Optional<ActionPlan> find(long planId);

	Optional<ActionPlan> findByAgreement(String agreementCode);

	/** @throws se.rattighetsnavet.platform.ConcurrentEditException when {@code expectedVersion} is stale */
	Activity updateActivity(long activityId, ActivityChange change, int expectedVersion);

	Activity addActivity(long focusAreaId, ActivityChange change);

	/** Keeps the plan as it stands as a readable revision and starts the next one, after a samråd. */
	ActionPlan revise(long planId, String reason, int expectedVersion);

	List<PlanRevision> revisions(long planId);

	Optional<PlanRevision> revision(long planId, int revision);

	List<FollowUp> followUps(long planId);

	/** Records or replaces one activity's follow-up for a year; {@code expectedVersion} null when it is new. */
	FollowUp recordFollowUp(long activityId, int year, String progress, String results, BigDecimal spent,
			Integer expectedVersion);

	Report report(long planId, ReportKind kind, int year);

	ReportSections saveSections(long planId, ReportKind kind, int year, String introduction, String assessment,
			String takenForward, int expectedVersion);

	byte[] reportPdf(long planId, ReportKind kind, int year, java.util.Locale locale);

	byte[] reportDocx(long planId, ReportKind kind, int year, java.util.Locale locale);

	/** Renders the report as PDF and submits it as the agreement's matching deliverable; returns the deliverable's id. */
	long attachReport(long planId, ReportKind kind, int year);
}
