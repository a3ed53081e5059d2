package se.rattighetsnavet.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.agreements.internal.Access;
import se.rattighetsnavet.agreements.internal.AgreementService;
import se.rattighetsnavet.agreements.internal.DeliverableDraft;
import se.rattighetsnavet.agreements.internal.DeliverableService;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

@Controller
class DeliverableController {

	private final DeliverableService deliverables;
	private final AgreementService agreements;
	private final FormErrors formErrors;
	private final se.rattighetsnavet.agreements.internal.MeetingService meetings;

	DeliverableController(DeliverableService deliverables, AgreementService agreements, FormErrors formErrors,
			se.rattighetsnavet.agreements.internal.MeetingService meetings) {
		this.deliverables = deliverables;
		this.agreements = agreements;
		this.formErrors = formErrors;
		this.meetings = meetings;
	}

	@GetMapping("/avtal/leveranser/{id}")
	String page(@PathVariable long id, Model model) {
		Views.DeliverableDetails details = deliverables.details(id);
		Actor actor = Actors.current();
		model.addAttribute("d", details);
		model.addAttribute("documents", deliverables.documents(id));
		model.addAttribute("internal", Access.mayReadInternal(actor));
		model.addAttribute("mayEdit", Access.mayEdit(actor));
		model.addAttribute("mayAccept", Access.mayAccept(actor, details.deliverable().recipientCode())
				&& details.deliverable().status() == DeliverableStatus.INLAMNAD);
		model.addAttribute("late", details.deliverable().status() == DeliverableStatus.FORSENAD);
		model.addAttribute("samradMeetings", details.deliverable().kind() != DeliverableKind.SAMRAD ? java.util.List.of()
				: meetings.meetings(details.deliverable().agreementId()).stream()
					.filter(m -> m.kind() == se.rattighetsnavet.agreements.internal.MeetingKind.SAMRAD)
					.filter(m -> details.deliverable().year() == null || m.heldOn().getYear() == details.deliverable().year())
					.toList());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "agreements/deliverable";
	}

	@PostMapping("/avtal/leveranser/{id}/dokument")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				new FieldErrors().add("file", "agreements.document.empty").throwIfAny();
			}
			deliverables.submit(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
			redirect.addFlashAttribute("submitted", true);
			return "redirect:/avtal/leveranser/" + id;
		}
		catch (FieldErrors failures) {
			model.addAttribute("errors", formErrors.of(failures));
			return page(id, model);
		}
	}

	@GetMapping("/avtal/leveranser/{id}/dokument/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return AgreementApiController.DocumentResponses.of(deliverables.document(id, documentId));
	}

	@PostMapping("/avtal/leveranser/{id}/godkann")
	String accept(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			deliverables.accept(id, version);
			redirect.addFlashAttribute("accepted", true);
			return "redirect:/avtal/leveranser/" + id;
		}
		catch (ConcurrentEditException | BusinessRuleException conflict) {
			model.addAttribute("errors", Map.of("accept", formErrors.message("agreements.conflict")));
			return page(id, model);
		}
	}

	@GetMapping("/avtal/{agreementId}/leveranser/ny")
	String newForm(@PathVariable long agreementId, Model model) {
		Actors.require(Access.mayEdit(Actors.current()));
		Views.AgreementDetails agreement = agreements.details(agreementId);
		return form(model, agreement, null, Form.empty(), Map.of());
	}

	@PostMapping("/avtal/{agreementId}/leveranser/ny")
	String create(@PathVariable long agreementId, Form form, Model model, RedirectAttributes redirect) {
		try {
			Views.DeliverableDetails created = deliverables.create(agreementId, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/leveranser/" + created.deliverable().id();
		}
		catch (FieldErrors failures) {
			return form(model, agreements.details(agreementId), null, form, formErrors.of(failures));
		}
	}

	@GetMapping("/avtal/leveranser/{id}/andra")
	String editForm(@PathVariable long id, Model model) {
		Actors.require(Access.mayEdit(Actors.current()));
		Views.DeliverableDetails d = deliverables.details(id);
		return form(model, agreements.details(d.deliverable().agreementId()), d, Form.of(d), Map.of());
	}

	@PostMapping("/avtal/leveranser/{id}/andra")
	String update(@PathVariable long id, Form form, Model model, RedirectAttributes redirect) {
		Views.DeliverableDetails d = deliverables.details(id);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			deliverables.update(id, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/leveranser/" + id;
		}
		catch (FieldErrors failures) {
			errors.putAll(formErrors.of(failures));
		}
		catch (ConcurrentEditException conflict) {
			errors.put("title", formErrors.message("agreements.conflict"));
		}
		return form(model, agreements.details(d.deliverable().agreementId()), d, form, errors);
	}

	private String form(Model model, Views.AgreementDetails agreement, Views.DeliverableDetails existing, Form form,
			Map<String, String> errors) {
		model.addAttribute("agreement", agreement.agreement());
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", DeliverableKind.values());
		model.addAttribute("statuses", existing == null || Form.settable(existing.deliverable().status())
				? new DeliverableStatus[] { DeliverableStatus.PLANERAD, DeliverableStatus.PAGAR }
				: new DeliverableStatus[] { DeliverableStatus.PLANERAD, DeliverableStatus.PAGAR, existing.deliverable().status() });
		return "agreements/deliverable-form";
	}

	/** The deliverable form as posted; the responsible persons are typed one address per line. */
	record Form(DeliverableKind kind, String title, String description, String requirements,
			String dueDate, String recipient, String recipientUnit, String responsible,
			DeliverableStatus status, Integer version) {

		static Form empty() {
			return new Form(null, "", "", "", "", "REGERINGSKANSLIET", "", "", DeliverableStatus.PLANERAD, null);
		}

		static Form of(Views.DeliverableDetails d) {
			DeliverableStatus status = d.deliverable().status() == DeliverableStatus.FORSENAD ? DeliverableStatus.PLANERAD
					: d.deliverable().status();
			return new Form(d.deliverable().kind(), d.deliverable().title(), d.description(), d.requirements(),
					d.deliverable().dueDate() == null ? "" : d.deliverable().dueDate().toString(),
					d.deliverable().recipientCode(), d.recipientUnit(), String.join("\n", d.responsible()), status, d.version());
		}

		static boolean settable(DeliverableStatus status) {
			return status == DeliverableStatus.PLANERAD || status == DeliverableStatus.PAGAR || status == DeliverableStatus.FORSENAD;
		}

		/** The draft to save; a mistyped due date is refused here, before the service could read it as "no date". */
		DeliverableDraft draft() {
			FieldErrors typing = new FieldErrors();
			LocalDate due = FormValues.date("dueDate", dueDate, "agreements.validation.date", typing);
			if (!typing.isEmpty()) {
				Actors.require(Access.mayEdit(Actors.current()));
				throw typing;
			}
			return new DeliverableDraft(kind, title, description, requirements, due, recipient, recipientUnit,
					DeliverableDraft.addresses(responsible), status, version);
		}
	}
}
