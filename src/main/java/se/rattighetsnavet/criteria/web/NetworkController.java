package se.rattighetsnavet.criteria.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
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

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.Network;
import se.rattighetsnavet.criteria.NetworkManagement;
import se.rattighetsnavet.criteria.NewGoodExample;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;

/**
 * The network groups and the good examples: public reading, member proposals and the programme office's approval.
 */
@Controller
class NetworkController {

	static final String NETWORKS = "criteria/networks";
	static final String NETWORK = "criteria/network";
	static final String EXAMPLES = "criteria/examples";
	static final String EXAMPLE = "criteria/example";
	static final String PROPOSE = "criteria/example-form";

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
		try {
			network.recordMeeting(code, date(heldOn), title, notes);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/mr-plattformen/natverk/" + code;
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
			model.addAttribute("entered", Map.of("heldOn", heldOn, "title", title, "notes", notes == null ? "" : notes));
			return network(code, model);
		}
	}

	@GetMapping("/mr-plattformen/exempel")
	String examples(@RequestParam(name = "atagande", required = false) String commitment,
			@RequestParam(name = "roll", required = false) String role, Model model) {
		Commitment selectedCommitment = parse(commitment, Commitment::ofCode);
		ActorRole selectedRole = parse(role, ActorRole::ofCode);
		model.addAttribute("examples", network.published(selectedCommitment, selectedRole));
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("roles", ActorRole.values());
		model.addAttribute("selectedCommitment", selectedCommitment == null ? "" : selectedCommitment.code());
		model.addAttribute("selectedRole", selectedRole == null ? "" : selectedRole.code());
		model.addAttribute("mayPropose", Actors.current().hasRole(Role.MEMBER_EDITOR));
		model.addAttribute("mayReview", Actors.current().hasRole(Role.PROGRAMME_OFFICE));
		return EXAMPLES;
	}

	@GetMapping("/mr-plattformen/exempel/{id:\\d+}")
	String example(@PathVariable long id, Model model) {
		model.addAttribute("example", network.example(id));
		return EXAMPLE;
	}

	@GetMapping("/mr-plattformen/exempel/{id:\\d+}/bilagor/{file}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long file) {
		NewGoodExample.File found = network.attachment(id, file).orElseThrow(() -> new NotFoundException("example", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(found.content());
	}

	@GetMapping("/mr-plattformen/exempel/nytt")
	String proposeForm(Model model) {
		Actors.require(Actors.current().hasRole(Role.MEMBER_EDITOR));
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("roles", ActorRole.values());
		return PROPOSE;
	}

	@PostMapping("/mr-plattformen/exempel/nytt")
	String propose(@RequestParam String title, @RequestParam(required = false) String commitment,
			@RequestParam(required = false) String role, @RequestParam String description, @RequestParam String contactName,
			@RequestParam String contactEmail, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		List<NewGoodExample.File> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				attachments.add(new NewGoodExample.File(file.getOriginalFilename(), String.valueOf(file.getContentType()), file.getBytes()));
			}
		}
		try {
			var created = network.propose(new NewGoodExample(Actors.current().organisationCode(), title, parse(commitment, Commitment::ofCode),
					parse(role, ActorRole::ofCode), description, contactName, contactEmail, attachments));
			redirect.addFlashAttribute("proposed", true);
			return "redirect:/mr-plattformen/exempel/" + created.id();
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
			model.addAttribute("entered", new Entered(title, commitment, role, description, contactName, contactEmail));
			return proposeForm(model);
		}
	}

	@GetMapping("/mr-plattformen/exempel/granska")
	String review(Model model) {
		model.addAttribute("proposed", network.proposed());
		return "criteria/example-review";
	}

	@PostMapping("/mr-plattformen/exempel/{id:\\d+}/beslut")
	String decide(@PathVariable long id, @RequestParam int version, @RequestParam String decision, RedirectAttributes redirect) {
		try {
			if ("approve".equals(decision)) {
				network.approve(id, version);
			}
			else {
				network.reject(id, version);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/mr-plattformen/exempel/granska";
	}

	record Entered(String title, String commitment, String role, String description, String contactName, String contactEmail) {
	}

	private static <T> T parse(String code, Function<String, T> parser) {
		try {
			return code == null || code.isBlank() ? null : parser.apply(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
