package se.rattighetsnavet.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.ActionPlanManagement;
import se.rattighetsnavet.actionplan.Activity;
import se.rattighetsnavet.actionplan.ActivityChange;
import se.rattighetsnavet.actionplan.FollowUp;
import se.rattighetsnavet.actionplan.PlanRevision;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.actionplan.ReportSections;
import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.platform.NotFoundException;

@RestController
@RequestMapping("/api/v1/action-plans")
class ActionPlanApiController {

	private final ActionPlanManagement plans;
	private final ObjectProvider<AgreementManagement> agreements;

	ActionPlanApiController(ActionPlanManagement plans, ObjectProvider<AgreementManagement> agreements) {
		this.plans = plans;
		this.agreements = agreements;
	}

	record ActivityJson(long id, String title, String status, String owner, BigDecimal budget, int version) {
	}

	record FocusAreaJson(long id, String code, String title, List<ActivityJson> activities) {
	}

	record PlanJson(long id, Long agreementId, String agreementCode, String title, LocalDate periodFrom, LocalDate periodTo,
			int revision, int version, List<FocusAreaJson> focusAreas) {
	}

	@GetMapping
	Map<String, List<PlanJson>> all() {
		return Map.of("items", plans.all().stream().map(this::json).toList());
	}

	@GetMapping("/{id}")
	ActionPlan one(@PathVariable long id) {
		return plans.find(id).orElseThrow(() -> new NotFoundException("actionPlan", id));
	}

	private PlanJson json(ActionPlan plan) {
		AgreementManagement management = agreements.getIfAvailable();
		Long agreementId = management == null ? null
				: management.findByCode(plan.agreementCode()).map(Agreement::id).orElse(null);
		return new PlanJson(plan.id(), agreementId, plan.agreementCode(), plan.title(), plan.periodFrom(), plan.periodTo(),
				plan.revision(), plan.version(),
				plan.focusAreas().stream().map(area -> new FocusAreaJson(area.id(), area.code(), area.title(),
						area.activities().stream().map(a -> new ActivityJson(a.id(), a.title(), a.status().name(), a.owner(),
								a.budget(), a.version())).toList())).toList());
	}

	record ActivityRequest(ActivityChange activity, int version) {
	}

	@PutMapping("/activities/{activityId}")
	Activity updateActivity(@PathVariable long activityId, @RequestBody ActivityRequest request) {
		return plans.updateActivity(activityId, request.activity(), request.version());
	}

	@PostMapping("/focus-areas/{focusAreaId}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	Activity addActivity(@PathVariable long focusAreaId, @RequestBody ActivityChange change) {
		return plans.addActivity(focusAreaId, change);
	}

	record RevisionRequest(String reason, int version) {
	}

	@PostMapping("/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	ActionPlan revise(@PathVariable long id, @RequestBody RevisionRequest request) {
		return plans.revise(id, request.reason(), request.version());
	}

	@GetMapping("/{id}/revisions")
	List<PlanRevision> revisions(@PathVariable long id) {
		return plans.revisions(id);
	}

	@GetMapping("/{id}/follow-ups")
	List<FollowUp> followUps(@PathVariable long id) {
		return plans.followUps(id);
	}

	record FollowUpRequest(String progress, String results, BigDecimal spent, Integer version) {
	}

	@PutMapping("/activities/{activityId}/follow-ups/{year}")
	FollowUp followUp(@PathVariable long activityId, @PathVariable int year, @RequestBody FollowUpRequest request) {
		return plans.recordFollowUp(activityId, year, request.progress(), request.results(), request.spent(), request.version());
	}

	record SectionsRequest(String introduction, String assessment, String takenForward, int version) {
	}

	@PutMapping("/{id}/reports/{kind}/{year}")
	ReportSections sections(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year,
			@RequestBody SectionsRequest request) {
		return plans.saveSections(id, kind, year, request.introduction(), request.assessment(), request.takenForward(),
				request.version());
	}

	@PostMapping("/{id}/reports/{kind}/{year}/submission")
	Map<String, Long> attach(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year) {
		return Map.of("deliverableId", plans.attachReport(id, kind, year));
	}
}
