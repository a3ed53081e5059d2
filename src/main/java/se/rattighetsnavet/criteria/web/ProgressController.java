package se.rattighetsnavet.criteria.web;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.PeerMedian;
import se.rattighetsnavet.criteria.ProgressManagement;
import se.rattighetsnavet.criteria.ReportingYear;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * A member's progress with peer medians, and the programme office's view of coverage and network development.
 */
@Controller
class ProgressController {

	static final String PROGRESS = "criteria/progress";
	static final String COVERAGE = "criteria/coverage";
	private static final String YEAR = "criteria.assessments.year.invalid";

	private final ProgressManagement progress;
	private final OrganisationManagement organisations;
	private final Clock clock;
	private final FormErrors formErrors;

	ProgressController(ProgressManagement progress, OrganisationManagement organisations, Clock clock, FormErrors formErrors) {
		this.progress = progress;
		this.organisations = organisations;
		this.clock = clock;
		this.formErrors = formErrors;
	}

	@GetMapping("/mr-plattformen/utveckling")
	String progress(Model model) {
		Actor actor = Actors.current();
		Actors.require(actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER));
		model.addAttribute("organisation", organisations.get(actor.organisationCode()));
		model.addAttribute("progress", progress.progress(actor.organisationCode()));
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("minimum", PeerMedian.MINIMUM_CONTRIBUTORS);
		model.addAttribute("charts", true);
		return PROGRESS;
	}

	@GetMapping("/mr-plattformen/tackning")
	String coverage(@RequestParam(name = "ar", defaultValue = "") String year, Model model) {
		Integer typed = FormValues.wholeNumber("ar", year, YEAR, new FieldErrors());
		boolean readable = year.isBlank() || (typed != null && typed >= 2014 && typed <= 2200);
		int selected = readable && typed != null ? typed : ReportingYear.current(Dates.today(clock)).year();
		// a year that cannot be read shows the current one, with the typed text and a message next to the field
		model.addAttribute("errors", readable ? Map.of() : Map.of("ar", formErrors.message(YEAR)));
		model.addAttribute("typedYear", readable ? null : year);
		model.addAttribute("coverage", progress.coverage(selected));
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("roles", ActorRole.values());
		model.addAttribute("minimum", PeerMedian.MINIMUM_CONTRIBUTORS);
		return COVERAGE;
	}
}
