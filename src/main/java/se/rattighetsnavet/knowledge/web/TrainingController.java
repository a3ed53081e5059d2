package se.rattighetsnavet.knowledge.web;

import java.time.LocalDate;
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
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;

/**
 * Training: the courses, their reach against the audience, and registering a session.
 */
@Controller
class TrainingController {

	static final String TRAINING = "knowledge/training";

	private final TrainingManagement training;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;

	TrainingController(TrainingManagement training, OrganisationManagement organisations, FormErrors formErrors) {
		this.training = training;
		this.organisations = organisations;
		this.formErrors = formErrors;
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
		return TRAINING;
	}

	@PostMapping("/kunskapsbank/utbildning/tillfallen")
	String register(@RequestParam String courseCode,
			@RequestParam(defaultValue = "") String heldOn,
			@RequestParam(defaultValue = "") String organiser, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String organisationCode, @RequestParam(required = false) Integer electedOfficials,
			@RequestParam(required = false) Integer managers, @RequestParam(required = false) Integer employees, Model model,
			RedirectAttributes redirect) {
		LocalDate date = null;
		try {
			date = heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			model.addAttribute("errors", Map.of("heldOn", formErrors.message("knowledge.session.heldOn.invalid")));
			return page(null, model);
		}
		try {
			training.register(new SessionRegistration(courseCode, date, organiser, place, organisationCode, electedOfficials,
					managers, employees));
			redirect.addFlashAttribute("registered", true);
			return "redirect:/kunskapsbank/utbildning";
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
			return page(null, model);
		}
	}
}
