package se.rattighetsnavet.knowledge.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.knowledge.Reach;
import se.rattighetsnavet.knowledge.SessionRegistration;
import se.rattighetsnavet.knowledge.TrainingManagement;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * Training: the courses, their reach against the audience, and registering a session.
 */
@Controller
class TrainingController {

	static final String TRAINING = "knowledge/training";

	private static final String COUNT = "knowledge.session.count.invalid";

	private final TrainingManagement training;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;
	private final Clock clock;

	TrainingController(TrainingManagement training, OrganisationManagement organisations, FormErrors formErrors, Clock clock) {
		this.training = training;
		this.organisations = organisations;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/kunskapsbank/utbildning")
	String page(@RequestParam(name = "organisation", required = false) String organisationCode, Model model) {
		Actor actor = Actors.current();
		model.addAttribute("courses", training.courses());
		Reach overall = training.reach(null);
		model.addAttribute("overall", overall);
		model.addAttribute("audienceEmployees", Reach.AUDIENCE_EMPLOYEES);
		model.addAttribute("audienceElected", Reach.AUDIENCE_ELECTED_OFFICIALS);
		model.addAttribute("members", training.reachPerMember());
		model.addAttribute("charts", true);
		boolean office = actor.hasRoleIn(Role.PROGRAMME_OFFICE, "SKR");
		boolean memberEditor = actor.hasRole(Role.MEMBER_EDITOR) && actor.organisationCode() != null;
		model.addAttribute("mayRegister", office || memberEditor);
		List<Organisation> choices = office ? organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION)
				: memberEditor ? organisations.find(actor.organisationCode()).map(List::of).orElse(List.of()) : List.of();
		model.addAttribute("organisationChoices", choices);
		if (organisationCode != null && !organisationCode.isBlank()) {
			model.addAttribute("selected", training.reach(organisationCode));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", Entered.EMPTY);
		}
		return TRAINING;
	}

	@PostMapping("/kunskapsbank/utbildning/tillfallen")
	String register(@RequestParam(defaultValue = "") String courseCode, @RequestParam(defaultValue = "") String heldOn,
			@RequestParam(defaultValue = "") String organiser, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String organisationCode, @RequestParam(defaultValue = "") String electedOfficials,
			@RequestParam(defaultValue = "") String managers, @RequestParam(defaultValue = "") String employees, Model model,
			RedirectAttributes redirect) {
		FieldErrors typing = new FieldErrors();
		SessionRegistration registration = new SessionRegistration(courseCode,
				FormValues.date("heldOn", heldOn, "knowledge.session.heldOn.invalid", typing), organiser, place, organisationCode,
				FormValues.wholeNumber("electedOfficials", electedOfficials, COUNT, typing),
				FormValues.wholeNumber("managers", managers, COUNT, typing), FormValues.wholeNumber("employees", employees, COUNT, typing));
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			if (!typing.isEmpty()) {
				Actor actor = Actors.current();
				Actors.require(actor.hasRoleIn(Role.PROGRAMME_OFFICE, "SKR") || actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode));
				errors.putAll(formErrors.of(typing));
				registration.validate(Dates.today(clock));
				typing.throwIfAny();
			}
			training.register(registration);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/kunskapsbank/utbildning";
		}
		catch (FieldErrors failures) {
			formErrors.of(failures).forEach(errors::putIfAbsent);
			if (typing.errors().stream().anyMatch(error -> !"heldOn".equals(error.field()))) {
				errors.remove("participants"); // the totals cannot be judged while a count is unreadable
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("sessionForm", new Entered(courseCode, heldOn, organiser, place, organisationCode, electedOfficials, managers,
				employees));
		return page(null, model);
	}

	/** The session form as typed, shown again with the messages; a new form starts with no participants. */
	record Entered(String courseCode, String heldOn, String organiser, String place, String organisationCode, String electedOfficials,
			String managers, String employees) {

		static final Entered EMPTY = new Entered("", "", "", "", "", "0", "0", "0");
	}
}
