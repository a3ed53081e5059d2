package se.rattighetsnavet.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.ActionPlanManagement;
import se.rattighetsnavet.actionplan.Activity;
import se.rattighetsnavet.actionplan.ActivityChange;
import se.rattighetsnavet.actionplan.ActivityStatus;
import se.rattighetsnavet.actionplan.FollowUp;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Money;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * Editing one activity and recording its yearly follow-up, for the programme office. The service refuses everyone else.
 */
@Controller
class ActivityController {

	static final String FORM = "actionplan/activity";

	private final ActionPlanManagement plans;
	private final FormErrors formErrors;

	ActivityController(ActionPlanManagement plans, FormErrors formErrors) {
		this.plans = plans;
		this.formErrors = formErrors;
	}

	private record Located(ActionPlan plan, Activity activity) {
	}

	private Located locate(long activityId) {
		return plans.all().stream()
			.flatMap(plan -> plan.activity(activityId).map(a -> new Located(plan, a)).stream())
			.findFirst().orElseThrow(() -> new NotFoundException("activity", activityId));
	}

	@GetMapping("/handlingsplan/aktiviteter/{id}")
	String form(@PathVariable long id, Model model) {
		Located located = locate(id);
		Activity a = located.activity();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", a.title());
		values.put("description", a.description());
		values.put("owner", a.owner());
		values.put("partners", String.join("\n", a.partners()));
		values.put("start", a.start() == null ? "" : a.start().toString());
		values.put("end", a.end() == null ? "" : a.end().toString());
		values.put("budget", a.budget() == null ? "" : a.budget().toPlainString().replace('.', ','));
		values.put("status", a.status().name());
		values.put("plannedResults", a.plannedResults());
		values.put("achievedResults", a.achievedResults());
		values.put("goalRefs", String.join("\n", a.goalRefs()));
		values.put("recommendationRefs", String.join("\n", a.recommendationRefs()));
		values.put("criteriaRefs", String.join("\n", a.criteriaRefs()));
		return show(located, values, a.version(), Map.of(), model);
	}

	private String show(Located located, Map<String, String> values, int version, Map<String, String> errors, Model model) {
		ActionPlanController.requireEditorView();
		model.addAttribute("plan", located.plan());
		model.addAttribute("activity", located.activity());
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", ActivityStatus.values());
		List<FollowUp> own = plans.followUps(located.plan().id()).stream()
			.filter(f -> f.activityId() == located.activity().id()).toList();
		Map<Integer, FollowUp> byYear = new LinkedHashMap<>();
		located.plan().years().forEach(year -> byYear.put(year,
				own.stream().filter(f -> f.year() == year).findFirst().orElse(null)));
		model.addAttribute("followUps", byYear);
		return FORM;
	}

	@PostMapping("/handlingsplan/aktiviteter/{id}")
	String save(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		Located located = locate(id);
		FieldErrors errors = new FieldErrors();
		BigDecimal budget = amount(form.get("budget"), "budget", errors);
		LocalDate start = FormValues.date("start", form.get("start"), "actionplan.activity.date.invalid", errors);
		LocalDate end = FormValues.date("end", form.get("end"), "actionplan.activity.date.invalid", errors);
		ActivityStatus status = status(form.getOrDefault("status", ActivityStatus.PLANERAD.name()), errors);
		try {
			errors.throwIfAny();
			plans.updateActivity(id, new ActivityChange(form.get("title"), form.get("description"), form.get("owner"),
					lines(form.get("partners")), start, end, budget, status,
					form.get("plannedResults"), form.get("achievedResults"), lines(form.get("goalRefs")),
					lines(form.get("recommendationRefs")), lines(form.get("criteriaRefs"))), version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/handlingsplan/aktiviteter/" + id;
		}
		catch (FieldErrors failures) {
			return show(located, form, version, formErrors.of(failures), model);
		}
		catch (ConcurrentEditException conflict) {
			return show(located, form, version, Map.of("title", formErrors.message("actionplan.activity.conflict")), model);
		}
	}

	@PostMapping("/handlingsplan/aktiviteter/{id}/uppfoljning/{year}")
	String followUp(@PathVariable long id, @PathVariable int year, @RequestParam(defaultValue = "") String progress,
			@RequestParam(defaultValue = "") String results, @RequestParam(defaultValue = "") String spent,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		Located located = locate(id);
		FieldErrors errors = new FieldErrors();
		BigDecimal amount = amount(spent, "spent-" + year, errors);
		try {
			errors.throwIfAny();
			plans.recordFollowUp(id, year, progress, results, amount, version);
			redirect.addFlashAttribute("followUpSaved", year);
			return "redirect:/handlingsplan/aktiviteter/" + id + "#uppfoljning-" + year;
		}
		catch (FieldErrors failures) {
			model.addAttribute("followUpErrors", formErrors.of(failures));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("followUpErrors", Map.of("spent-" + year, formErrors.message("actionplan.activity.conflict")));
		}
		form(id, model);
		return FORM;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The select offers only the known statuses; anything else was not sent by the page. */
	private static ActivityStatus status(String text, FieldErrors errors) {
		for (ActivityStatus status : ActivityStatus.values()) {
			if (status.name().equals(text)) {
				return status;
			}
		}
		errors.add("status", "actionplan.activity.status.invalid");
		return null;
	}

	private static BigDecimal amount(String text, String field, FieldErrors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Money.parse(text).orElseGet(() -> {
			errors.add(field, "actionplan.activity.budget.invalid");
			return null;
		});
	}
}
