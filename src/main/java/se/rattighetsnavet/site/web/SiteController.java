package se.rattighetsnavet.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;

@Controller
class SiteController {

	private final OrganisationManagement organisations;

	SiteController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/")
	String home(@org.springframework.web.bind.annotation.RequestParam(name = "utloggad", required = false) String loggedOut, Model model) {
		model.addAttribute("loggedOut", loggedOut != null);
		model.addAttribute("municipalities", count(OrganisationType.KOMMUN));
		model.addAttribute("regions", count(OrganisationType.REGION));
		return "site/home";
	}

	@GetMapping("/tillganglighet")
	String accessibility() {
		return "site/accessibility";
	}

	@GetMapping("/kontakt")
	String contact() {
		return "site/contact";
	}

	private long count(OrganisationType type) {
		return organisations.search(new OrganisationQuery(type, null, null, null, false, 0, 1)).total();
	}
}
