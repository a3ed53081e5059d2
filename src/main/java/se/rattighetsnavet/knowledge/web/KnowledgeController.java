package se.rattighetsnavet.knowledge.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.HtmxRequest;

/**
 * The public pages of the knowledge hub.
 */
@Controller
class KnowledgeController {

	static final String LIST = "knowledge/list";
	static final String RESULTS = "knowledge/list :: results";
	static final String DETAIL = "knowledge/detail";

	private final KnowledgeManagement knowledge;

	KnowledgeController(KnowledgeManagement knowledge) {
		this.knowledge = knowledge;
	}

	static boolean isEditor() {
		return Actors.current().hasRoleIn(Role.PROGRAMME_OFFICE, "SKR");
	}

	@GetMapping("/kunskapsbank")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "typ", required = false) KnowledgeKind kind, HttpServletRequest request, Model model) {
		List<KnowledgeItem> items = query == null || query.isBlank() ? knowledge.published(kind, 100)
				: knowledge.search(query, 100).stream().filter(item -> kind == null || item.kind() == kind).toList();
		model.addAttribute("items", items);
		model.addAttribute("q", query);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", Arrays.asList(KnowledgeKind.values()));
		model.addAttribute("isEditor", isEditor());
		return HtmxRequest.isHtmx(request) ? RESULTS : LIST;
	}

	@GetMapping("/kunskapsbank/{slug:[a-z0-9-]+}")
	String detail(@PathVariable String slug, Model model) {
		KnowledgeItem item = knowledge.findVisible(slug).orElseThrow(() -> new NotFoundException("knowledgeItem", slug));
		model.addAttribute("item", item);
		model.addAttribute("isEditor", isEditor());
		return DETAIL;
	}

	@GetMapping("/kunskapsbank/bilagor/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @RequestParam(name = "namn", defaultValue = "bilaga") String name) {
		byte[] content = knowledge.attachmentContent(id).orElseThrow(() -> new NotFoundException("attachment", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
