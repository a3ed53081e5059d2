package se.rattighetsnavet.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Answers the menu's links to capabilities that are not yet in place, so no link is dead. A module that serves the
 * same address with a literal mapping takes precedence over this pattern.
 */
@Controller
class UpcomingCapabilityController {

	@GetMapping("/{capability:avtal|bidrag|rekommendationer|handlingsplan|mr-plattformen|indikatorer|kunskapsbank}")
	String upcoming(@PathVariable String capability, Model model) {
		model.addAttribute("capabilityKey", "nav." + switch (capability) {
			case "avtal" -> "agreements";
			case "bidrag" -> "grants";
			case "rekommendationer" -> "recommendations";
			case "handlingsplan" -> "actionplan";
			case "mr-plattformen" -> "criteria";
			case "indikatorer" -> "indicators";
			default -> "knowledge";
		});
		return "site/upcoming";
	}
}
