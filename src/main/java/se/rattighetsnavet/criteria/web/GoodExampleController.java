package se.rattighetsnavet.criteria.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
import se.rattighetsnavet.criteria.NetworkManagement;
import se.rattighetsnavet.criteria.NewGoodExample;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;

/**
 * Good examples: public reading with filters, member proposals and the programme office's approval.
 */
@Controller
class GoodExampleController {

	static final String EXAMPLES = "criteria/examples";
	static final String EXAMPLE = "criteria/example";
	static final String PROPOSE = "criteria/example-form";

	private final NetworkManagement network;
	private final FormErrors formErrors;

	GoodExampleController(NetworkManagement network, FormErrors formErrors) {
		this.network = network;
		this.formErrors = formErrors;
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
}
