package se.rattighetsnavet.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationPage;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.HtmxRequest;
import se.rattighetsnavet.platform.web.Pagination;

@Controller
class OrganisationController {

	static final String LIST = "organisations/list";
	static final String RESULTS = "organisations/list :: results";
	static final String DETAIL = "organisations/detail";

	private final OrganisationManagement organisations;

	OrganisationController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/organisationer")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "typ", required = false) OrganisationType type,
			@RequestParam(name = "lan", required = false) String county,
			@RequestParam(name = "sort", defaultValue = "NAME") OrganisationQuery.Sort sort,
			@RequestParam(name = "dir", defaultValue = "asc") String direction,
			@RequestParam(name = "page", defaultValue = "0") int page, HttpServletRequest request, Model model) {
		boolean descending = "desc".equals(direction);
		OrganisationPage result = organisations.search(new OrganisationQuery(type, text, county, sort, descending, page, 50));
		model.addAttribute("result", result);
		model.addAttribute("q", text);
		model.addAttribute("type", type);
		model.addAttribute("county", county);
		model.addAttribute("sort", sort);
		model.addAttribute("descending", descending);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("counties", organisations.all(OrganisationType.REGION));
		model.addAttribute("pagination", Pagination.of(ServletUriComponentsBuilder.fromRequest(request), page, 50, result.total()));
		return HtmxRequest.isHtmx(request) ? RESULTS : LIST;
	}

	@GetMapping("/organisationer/{code}")
	String detail(@PathVariable String code, Model model) {
		Organisation organisation = organisations.get(code);
		Actor actor = Actors.current();
		model.addAttribute("organisation", organisation);
		model.addAttribute("population", organisations.populationHistory(code));
		model.addAttribute("charts", true);
		model.addAttribute("mayEdit", actor.hasAnyRole(Role.ADMIN, Role.PROGRAMME_OFFICE) || actor.hasRoleIn(Role.MEMBER_EDITOR, code));
		if (organisation.countyCode() != null && organisation.type() == OrganisationType.KOMMUN) {
			organisations.find("00" + organisation.countyCode()).ifPresent(region -> model.addAttribute("region", region));
		}
		return DETAIL;
	}

	@PostMapping("/organisationer/{code}/organisationsnummer")
	String changeOrganisationNumber(@PathVariable String code, @RequestParam("organisationNumber") String number,
			@RequestParam("version") int version, Model model, RedirectAttributes redirect) {
		try {
			organisations.changeOrganisationNumber(code, number, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/organisationer/" + code;
		}
		catch (FieldErrors errors) {
			model.addAttribute("numberError", errors.errors().get(0).messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("numberError", "error.409");
		}
		model.addAttribute("enteredNumber", number);
		return detail(code, model);
	}
}
