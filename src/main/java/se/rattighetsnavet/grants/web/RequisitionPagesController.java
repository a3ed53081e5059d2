package se.rattighetsnavet.grants.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.grants.RequisitionManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;

@Controller
class RequisitionPagesController {

	static final String FORM = "grants/requisition-form";
	static final String DETAIL = "grants/requisition";

	private final RequisitionManagement requisitions;
	private final SignedOriginalManagement originals;
	private final DocumentPages pages;
	private final FormSupport forms;

	RequisitionPagesController(RequisitionManagement requisitions, SignedOriginalManagement originals, DocumentPages pages,
			FormSupport forms) {
		this.requisitions = requisitions;
		this.originals = originals;
		this.pages = pages;
		this.forms = forms;
	}

	@GetMapping("/bidrag/rekvisitioner/ny")
	String newForm(@RequestParam("avtal") long agreementId, Model model) {
		return form(requisitions.prefill(agreementId), null, Map.of(), model);
	}

	@PostMapping("/bidrag/rekvisitioner")
	String create(@RequestParam Map<String, String> params, @RequestParam("agreementId") long agreementId, Model model,
			RedirectAttributes redirect) {
		RequisitionInput input = FormSupport.requisition(agreementId, params);
		try {
			Requisition created = requisitions.create(input);
			redirect.addFlashAttribute("message", "grants.saved");
			return "redirect:/bidrag/rekvisitioner/" + created.id();
		}
		catch (FieldErrors errors) {
			return form(input, null, forms.errors(errors), model);
		}
	}

	@GetMapping("/bidrag/rekvisitioner/{id}")
	String detail(@PathVariable long id, Model model) {
		Requisition requisition = requisitions.get(id);
		model.addAttribute("r", requisition);
		model.addAttribute("submittedAt", FormSupport.local(requisition.submittedAt()));
		model.addAttribute("receivedAt", FormSupport.local(requisition.receivedAt()));
		model.addAttribute("originals", originals.list(DocumentType.REQUISITION, id));
		model.addAttribute("may", Permissions.current());
		model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
		return DETAIL;
	}

	@GetMapping("/bidrag/rekvisitioner/{id}/andra")
	String editForm(@PathVariable long id, Model model) {
		Requisition requisition = requisitions.get(id);
		return form(FormSupport.requisition(requisition), requisition, Map.of(), model);
	}

	@PostMapping("/bidrag/rekvisitioner/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam("agreementId") long agreementId,
			@RequestParam("version") int version, Model model, RedirectAttributes redirect) {
		RequisitionInput input = FormSupport.requisition(agreementId, params);
		try {
			requisitions.update(id, input, version);
			redirect.addFlashAttribute("message", "grants.saved");
			return "redirect:/bidrag/rekvisitioner/" + id;
		}
		catch (FieldErrors errors) {
			return form(input, requisitions.get(id), forms.errors(errors), model);
		}
		catch (ConcurrentEditException conflict) {
			return form(input, requisitions.get(id), Map.of("form", forms.message("error.409")), model);
		}
	}

	@PostMapping("/bidrag/rekvisitioner/{id}/lamna-in")
	String submit(@PathVariable long id, @RequestParam("version") int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.submitted", () -> requisitions.submit(id, version));
	}

	@PostMapping("/bidrag/rekvisitioner/{id}/mottagen")
	String receive(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.done", () -> requisitions.registerReceipt(id));
	}

	@PostMapping("/bidrag/rekvisitioner/{id}/utbetalning")
	String pay(@PathVariable long id, @RequestParam(required = false) String amount, @RequestParam(required = false) String paidOn,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.done", () -> requisitions.registerPayment(id, amount, paidOn));
	}

	@PostMapping("/bidrag/rekvisitioner/{id}/underskrift")
	String upload(@PathVariable long id, @RequestParam(required = false) String signedBy, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		return pages.uploadOriginal(DocumentType.REQUISITION, id, "/bidrag/rekvisitioner/" + id, signedBy, signedOn, file, model, redirect,
				() -> detail(id, model));
	}

	private String act(long id, Model model, RedirectAttributes redirect, String success, Runnable action) {
		return pages.act("/bidrag/rekvisitioner/" + id, model, redirect, success, action, () -> detail(id, model));
	}

	private String form(RequisitionInput input, Requisition existing, Map<String, String> errors, Model model) {
		model.addAttribute("form", input);
		model.addAttribute("existing", existing);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("labels", forms.labels(FormSupport.REQUISITION_FIELDS));
		return FORM;
	}
}
