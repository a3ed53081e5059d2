package se.rattighetsnavet.knowledge.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.knowledge.ItemDraft;
import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.knowledge.PublicationStatus;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * Writing, reviewing and publishing for the programme office. The service refuses everyone else.
 */
@Controller
class KnowledgeEditorController {

	static final String EDITOR = "knowledge/editor";
	static final String FORM = "knowledge/form";

	private final KnowledgeManagement knowledge;
	private final FormErrors formErrors;

	KnowledgeEditorController(KnowledgeManagement knowledge, FormErrors formErrors) {
		this.knowledge = knowledge;
		this.formErrors = formErrors;
	}

	@GetMapping("/kunskapsbank/redigera")
	String editor(Model model) {
		model.addAttribute("items", knowledge.all());
		return EDITOR;
	}

	@GetMapping("/kunskapsbank/redigera/ny")
	String create(Model model) {
		knowledge.all();
		return form(null, new ItemDraft(KnowledgeKind.NEWS, "", "", "", "sv", null, null, List.of()), Map.of(), model);
	}

	@GetMapping("/kunskapsbank/redigera/{id}")
	String edit(@PathVariable long id, Model model) {
		knowledge.all();
		KnowledgeItem item = knowledge.get(id);
		return form(item, new ItemDraft(item.kind(), item.title(), item.summary(), item.body(), item.language(),
				item.publishedOn(), item.externalUrl(), item.tags()), Map.of(), model);
	}

	private String form(KnowledgeItem item, ItemDraft draft, Map<String, String> errors, Model model) {
		return form(item, draft, draft.publishedOn() == null ? "" : draft.publishedOn().toString(), errors, model);
	}

	private String form(KnowledgeItem item, ItemDraft draft, String publishedOn, Map<String, String> errors, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("draft", draft);
		model.addAttribute("publishedOn", publishedOn);
		model.addAttribute("tagsText", String.join("\n", draft.tags()));
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", Arrays.asList(KnowledgeKind.values()));
		model.addAttribute("nextStatuses", item == null ? List.of()
				: Arrays.stream(PublicationStatus.values()).filter(item.status()::mayBecome).toList());
		return FORM;
	}

	@PostMapping({ "/kunskapsbank/redigera/ny", "/kunskapsbank/redigera/{id}" })
	String save(@PathVariable(required = false) Long id, @RequestParam(required = false) KnowledgeKind kind,
			@RequestParam String title, @RequestParam String summary, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "sv") String language,
			@RequestParam(defaultValue = "") String publishedOn,
			@RequestParam(required = false) String externalUrl, @RequestParam(defaultValue = "") String tags,
			@RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
		FieldErrors typing = new FieldErrors();
		LocalDate date = FormValues.date("publishedOn", publishedOn, "knowledge.item.publishedOn.invalid", typing);
		ItemDraft draft = new ItemDraft(kind, title, summary, body, language, date, externalUrl,
				Arrays.asList(tags.split("[\\n,]")));
		KnowledgeItem existing = id == null ? null : knowledge.get(id);
		if (!typing.isEmpty()) {
			return mistyped(existing, draft, publishedOn, typing, model);
		}
		try {
			KnowledgeItem saved = id == null ? knowledge.create(draft) : knowledge.update(id, draft, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/kunskapsbank/redigera/" + saved.id();
		}
		catch (FieldErrors errors) {
			return form(existing, draft, formErrors.of(errors), model);
		}
		catch (ConcurrentEditException conflict) {
			return form(existing, draft, Map.of("title", formErrors.message("knowledge.item.conflict")), model);
		}
	}

	/** An empty date means "today when published", so a mistyped one must not reach the service as empty. */
	private String mistyped(KnowledgeItem existing, ItemDraft draft, String publishedOn, FieldErrors typing, Model model) {
		Actors.require(KnowledgeController.isEditor());
		Map<String, String> errors = new LinkedHashMap<>(formErrors.of(typing));
		try {
			draft.validate();
		}
		catch (FieldErrors others) {
			formErrors.of(others).forEach(errors::putIfAbsent);
		}
		return form(existing, draft, publishedOn, errors, model);
	}

	@PostMapping("/kunskapsbank/redigera/{id}/status")
	String status(@PathVariable long id, @RequestParam PublicationStatus status, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			knowledge.changeStatus(id, status, version);
			redirect.addFlashAttribute("statusChanged", status);
		}
		catch (ConcurrentEditException | BusinessRuleException refused) {
			redirect.addFlashAttribute("statusError", true);
		}
		return "redirect:/kunskapsbank/redigera/" + id;
	}

	@PostMapping("/kunskapsbank/redigera/{id}/bilagor")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			knowledge.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
			redirect.addFlashAttribute("attached", true);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("attachError", true);
		}
		return "redirect:/kunskapsbank/redigera/" + id;
	}
}
