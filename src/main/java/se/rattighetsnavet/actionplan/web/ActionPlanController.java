package se.rattighetsnavet.actionplan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.actionplan.ActionPlanManagement;
import se.rattighetsnavet.actionplan.FollowUp;
import se.rattighetsnavet.actionplan.PlanRevision;
import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Controller
class ActionPlanController {

	static final String LIST = "actionplan/list";
	static final String DETAIL = "actionplan/detail";

	private final ActionPlanManagement plans;
	private final ObjectProvider<AgreementManagement> agreements;

	ActionPlanController(ActionPlanManagement plans, ObjectProvider<AgreementManagement> agreements) {
		this.plans = plans;
		this.agreements = agreements;
	}

	static boolean mayEdit() {
		return Actors.current().hasRoleIn(Role.PROGRAMME_OFFICE, "SKR");
	}

	/** Edit forms are only shown to the programme office; the services enforce the same rule on every change. */
	static void requireEditorView() {
		Actors.require(mayEdit());
	}

	@GetMapping("/handlingsplan")
	String list(Model model) {
		model.addAttribute("plans", plans.all());
		model.addAttribute("agreementTitles", agreementTitles());
		return LIST;
	}

	@GetMapping("/handlingsplan/{id}")
	String detail(@PathVariable long id, Model model) {
		ActionPlan plan = plans.find(id).orElseThrow(() -> new NotFoundException("actionPlan", id));
		show(plan, model);
		model.addAttribute("revisions", plans.revisions(id));
		model.addAttribute("followUps", followUpsByActivity(plans.followUps(id)));
		model.addAttribute("mayEdit", mayEdit());
		return DETAIL;
	}

	@GetMapping("/handlingsplan/{id}/versioner/{revision}")
	String revision(@PathVariable long id, @PathVariable int revision, Model model) {
		PlanRevision old = plans.revision(id, revision).orElseThrow(() -> new NotFoundException("actionPlan", id + "/" + revision));
		show(old.plan(), model);
		model.addAttribute("oldRevision", old);
		model.addAttribute("revisions", List.of());
		model.addAttribute("followUps", Map.of());
		model.addAttribute("mayEdit", false);
		return DETAIL;
	}

	@PostMapping("/handlingsplan/{id}/revidera")
	String revise(@PathVariable long id, @RequestParam String reason, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		try {
			ActionPlan revised = plans.revise(id, reason, version);
			redirect.addFlashAttribute("revised", revised.revision());
			return "redirect:/handlingsplan/" + id;
		}
		catch (FieldErrors errors) {
			model.addAttribute("reviseError", errors.errors().get(0).messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("reviseError", "error.409");
		}
		return detail(id, model);
	}

	private void show(ActionPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("agreementTitle", agreementTitles().getOrDefault(plan.agreementCode(), plan.agreementCode()));
		model.addAttribute("amounts", new Amounts(Locale.forLanguageTag(
				org.springframework.context.i18n.LocaleContextHolder.getLocale().toLanguageTag())));
	}

	private Map<String, String> agreementTitles() {
		AgreementManagement management = agreements.getIfAvailable();
		if (management == null) {
			return Map.of();
		}
		return management.all().stream().collect(Collectors.toMap(Agreement::code, Agreement::title, (a, b) -> a));
	}

	private static Map<Long, List<FollowUp>> followUpsByActivity(List<FollowUp> followUps) {
		return followUps.stream().collect(Collectors.groupingBy(FollowUp::activityId));
	}

	/** Formats amounts in templates, which may not reference types. */
	record Amounts(Locale locale) {

		public String format(java.math.BigDecimal amount) {
			return amount == null ? "–" : se.rattighetsnavet.platform.Money.format(amount, locale);
		}
	}
}
