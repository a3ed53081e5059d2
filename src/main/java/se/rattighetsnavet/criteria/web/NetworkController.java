package se.rattighetsnavet.criteria.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.criteria.Network;
import se.rattighetsnavet.criteria.NetworkManagement;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * The network groups: public reading; the programme office keeps members and meetings.
 */
@Controller
class NetworkController {

	static final String NETWORKS = "criteria/networks";
	static final String NETWORK = "criteria/network";

	private final NetworkManagement network;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;

	NetworkController(NetworkManagement network, OrganisationManagement organisations, FormErrors formErrors) {
		this.network = network;
		this.organisations = organisations;
		this.formErrors = formErrors;
	}

	@GetMapping("/mr-plattformen/natverk")
	String networks(Model model) {
		model.addAttribute("networks", network.networks());
		return NETWORKS;
	}

	@GetMapping("/mr-plattformen/natverk/{code}")
	String network(@PathVariable String code, Model model) {
		Network found = network.network(code);
		Actor actor = Actors.current();
		Map<String, String> names = organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION).stream()
			.collect(Collectors.toMap(Organisation::code, Organisation::name));
		model.addAttribute("network", found);
		model.addAttribute("names", names);
		model.addAttribute("candidates", organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION));
		model.addAttribute("mayManage", actor.hasRole(Role.PROGRAMME_OFFICE));
		model.addAttribute("showMeetings", actor.hasAnyRole(Role.PROGRAMME_OFFICE, Role.MEMBER_EDITOR, Role.MEMBER_READER));
		return NETWORK;
	}

	@PostMapping("/mr-plattformen/natverk/{code}/medlemmar")
	String addMember(@PathVariable String code, @RequestParam String organisationCode, RedirectAttributes redirect) {
		network.addMember(code, organisationCode);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/mr-plattformen/natverk/" + code;
	}

	@PostMapping("/mr-plattformen/natverk/{code}/moten")
	String addMeeting(@PathVariable String code, @RequestParam String heldOn, @RequestParam String title,
			@RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
		// the date is required, so a mistyped one reaches the service as missing and is refused with the other fields
		FieldErrors typing = new FieldErrors();
		LocalDate date = FormValues.date("heldOn", heldOn, "criteria.meeting.heldOn.required", typing);
		try {
			network.recordMeeting(code, date, title, notes);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/mr-plattformen/natverk/" + code;
		}
		catch (FieldErrors errors) {
			Map<String, String> messages = new java.util.LinkedHashMap<>(formErrors.of(typing));
			formErrors.of(errors).forEach(messages::putIfAbsent);
			model.addAttribute("errors", messages);
			model.addAttribute("entered", Map.of("heldOn", heldOn, "title", title, "notes", notes == null ? "" : notes));
			return network(code, model);
		}
	}
}
