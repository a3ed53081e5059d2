package se.rattighetsnavet.criteria.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.criteria.ContactPerson;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.NewMembership;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * Joining (the member's editor records the decision) and confirming (the programme office).
 */
@Controller
class MembershipController {

	static final String JOIN = "criteria/join";
	static final String PENDING = "criteria/pending";

	private final MembershipManagement memberships;
	private final FormErrors formErrors;

	MembershipController(MembershipManagement memberships, FormErrors formErrors) {
		this.memberships = memberships;
		this.formErrors = formErrors;
	}

	@GetMapping("/mr-plattformen/anslutning")
	String join(Model model) {
		Actor actor = Actors.current();
		Actors.require(actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER));
		String code = actor.organisationCode();
		model.addAttribute("history", memberships.history(code));
		model.addAttribute("active", memberships.active(code).orElse(null));
		model.addAttribute("mayEdit", actor.hasRoleIn(Role.MEMBER_EDITOR, code));
		return JOIN;
	}

	@PostMapping("/mr-plattformen/anslutning")
	String record(@RequestParam String decisionBody, @RequestParam String decisionDate, @RequestParam String minuteReference,
			@RequestParam(required = false) MultipartFile extract, @RequestParam String contactName,
			@RequestParam String contactEmail, @RequestParam(required = false) String contactPhone, Model model,
			RedirectAttributes redirect) throws IOException {
		String code = Actors.current().organisationCode();
		// the decision date is required, so a mistyped one reaches the service as missing and is refused with the others
		FieldErrors typing = new FieldErrors();
		LocalDate date = FormValues.date("decisionDate", decisionDate, "criteria.membership.decisionDate.required", typing);
		try {
			memberships.record(new NewMembership(code, decisionBody, date, minuteReference,
					extract == null ? null : extract.getOriginalFilename(), extract == null ? null : extract.getBytes(),
					List.of(new ContactPerson(contactName, contactEmail, contactPhone))));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/mr-plattformen/anslutning";
		}
		catch (FieldErrors errors) {
			Map<String, String> messages = new LinkedHashMap<>(formErrors.of(typing));
			formErrors.of(errors).forEach(messages::putIfAbsent);
			model.addAttribute("errors", messages);
		}
		model.addAttribute("entered", new Entered(decisionBody, decisionDate, minuteReference, contactName, contactEmail, contactPhone));
		return join(model);
	}

	@PostMapping("/mr-plattformen/anslutning/uttrade")
	String leave(@RequestParam(defaultValue = "") String leftOn, @RequestParam int version, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.current();
		FieldErrors typing = new FieldErrors();
		LocalDate date = FormValues.date("leftOn", leftOn, "criteria.membership.leftOn.invalid", typing);
		if (!typing.isEmpty()) {
			// an empty date means today, so a mistyped one must be asked for again rather than read as empty
			Actors.require(actor.hasRoleIn(Role.MEMBER_EDITOR, actor.organisationCode()) || actor.hasRole(Role.PROGRAMME_OFFICE));
			model.addAttribute("leaveErrors", formErrors.of(typing));
			model.addAttribute("leftOn", leftOn);
			return join(model);
		}
		memberships.leave(actor.organisationCode(), date, version);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/mr-plattformen/anslutning";
	}

	@GetMapping("/mr-plattformen/anslutningar")
	String pending(Model model) {
		model.addAttribute("pending", memberships.pending());
		return PENDING;
	}

	@PostMapping("/mr-plattformen/anslutningar/{id}")
	String decide(@PathVariable long id, @RequestParam int version, @RequestParam String decision, RedirectAttributes redirect) {
		try {
			if ("confirm".equals(decision)) {
				memberships.confirm(id, version);
			}
			else {
				memberships.reject(id, version);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/mr-plattformen/anslutningar";
	}

	@GetMapping("/mr-plattformen/anslutningar/{id}/protokollsutdrag.pdf")
	ResponseEntity<byte[]> extract(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"protokollsutdrag-" + id + ".pdf\"")
			.body(memberships.extract(id));
	}

	record Entered(String decisionBody, String decisionDate, String minuteReference, String contactName, String contactEmail,
			String contactPhone) {
	}
}
