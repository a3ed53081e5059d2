package se.rattighetsnavet.agreements.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.agreements.internal.Access;
import se.rattighetsnavet.agreements.internal.AgreementChange;
import se.rattighetsnavet.agreements.internal.AgreementService;
import se.rattighetsnavet.agreements.internal.MeetingService;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

@Controller
class AgreementController {

	static final int HORIZON_DAYS = 90;
	private static final String DATE = "agreements.validation.date";

	private final AgreementService agreements;
	private final MeetingService meetings;
	private final FormErrors formErrors;
	private final se.rattighetsnavet.agreements.internal.AgreementFiles files;

	AgreementController(AgreementService agreements, MeetingService meetings, FormErrors formErrors,
			se.rattighetsnavet.agreements.internal.AgreementFiles files) {
		this.agreements = agreements;
		this.meetings = meetings;
		this.formErrors = formErrors;
		this.files = files;
	}

	@GetMapping({ "/avtal", "/avtal/tidsfrister" })
	String overview(Model model) {
		List<Views.DeadlineRow> rows = agreements.deadlines(HORIZON_DAYS);
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("late", rows.stream().filter(r -> r.deliverable().status() == DeliverableStatus.FORSENAD).toList());
		model.addAttribute("upcoming", rows.stream().filter(r -> r.daysLeft() >= 0).toList());
		model.addAttribute("horizon", HORIZON_DAYS);
		return "agreements/overview";
	}

	@GetMapping("/avtal/{id}")
	String agreement(@PathVariable long id, Model model) {
		Views.AgreementDetails details = agreements.details(id);
		Actor actor = Actors.current();
		List<Views.DeliverableDetails> items = agreements.deliverableDetails(id);
		Map<Integer, List<Views.DeliverableDetails>> byYear = new TreeMap<>();
		items.stream().filter(d -> d.deliverable().dueDate() != null)
			.forEach(d -> byYear.computeIfAbsent(d.deliverable().dueDate().getYear(), y -> new java.util.ArrayList<>()).add(d));
		model.addAttribute("details", details);
		model.addAttribute("agreement", details.agreement());
		model.addAttribute("deliverables", items);
		model.addAttribute("timeline", byYear);
		model.addAttribute("undated", items.stream().filter(d -> d.deliverable().dueDate() == null).toList());
		model.addAttribute("members", meetings.members(id));
		model.addAttribute("files", files.of(id));
		model.addAttribute("meetings", meetings.meetings(id));
		model.addAttribute("mayEdit", Access.mayEdit(actor));
		model.addAttribute("mayRecordMeeting", Access.mayRecordMeeting(actor));
		model.addAttribute("internal", Access.mayReadInternal(actor));
		model.addAttribute("kinds", se.rattighetsnavet.agreements.internal.MeetingKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AgreementForm(details.agreement().title(), details.agreement().fileNumber(),
					details.agreement().department(), text(details.agreement().validFrom()), text(details.agreement().validTo()),
					details.version()));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "agreements/agreement";
	}

	@PostMapping("/avtal/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String fileNumber,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		FieldErrors typing = new FieldErrors();
		AgreementChange change = new AgreementChange(title, fileNumber, department,
				FormValues.date("validFrom", validFrom, DATE, typing), FormValues.date("validTo", validTo, DATE, typing), version);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			if (!typing.isEmpty()) {
				Actors.require(Access.mayEdit(Actors.current()));
				errors.putAll(formErrors.of(typing));
				change.validate();
				typing.throwIfAny();
			}
			agreements.update(id, change);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/" + id;
		}
		catch (FieldErrors failures) {
			formErrors.of(failures).forEach(errors::putIfAbsent);
		}
		catch (ConcurrentEditException conflict) {
			errors.put("title", formErrors.message("agreements.conflict"));
		}
		model.addAttribute("form", new AgreementForm(title, fileNumber, department, validFrom, validTo, version));
		model.addAttribute("errors", errors);
		return agreement(id, model);
	}

	@PostMapping("/avtal/{id}/moten")
	String schedule(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String title, @RequestParam(required = false) String agenda, Model model,
			RedirectAttributes redirect) {
		// the date is required, so a mistyped one reaches the service as missing and comes back with the date's message
		// together with the form's other errors (and after the service's own access check)
		LocalDate date = FormValues.date("heldOn", heldOn, DATE, new FieldErrors());
		try {
			Views.Meeting meeting = meetings.schedule(id, meetingKind(kind), date, title, agenda);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/moten/" + meeting.id();
		}
		catch (FieldErrors failures) {
			Map<String, String> errors = new LinkedHashMap<>();
			formErrors.of(failures).forEach((field, message) -> errors.put("title".equals(field) ? "meeting-title" : field, message));
			model.addAttribute("meetingErrors", errors);
			model.addAttribute("meetingForm", Map.of("kind", kind == null ? "" : kind, "heldOn", heldOn == null ? "" : heldOn,
					"title", title == null ? "" : title, "agenda", agenda == null ? "" : agenda));
			return agreement(id, model);
		}
	}

	@PostMapping("/avtal/{id}/ledamoter")
	String addMember(@PathVariable long id, @RequestParam(name = "member-name", required = false) String name,
			@RequestParam(name = "member-organisation", required = false) String organisation,
			@RequestParam(name = "member-role", required = false) String role, Model model,
			RedirectAttributes redirect) {
		try {
			meetings.addMember(id, name, organisation, role);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/" + id;
		}
		catch (FieldErrors failures) {
			Map<String, String> errors = new LinkedHashMap<>();
			formErrors.of(failures).forEach((field, message) -> errors.put("member-" + field, message));
			model.addAttribute("memberErrors", errors);
			model.addAttribute("memberForm", Map.of("name", name == null ? "" : name, "organisation", organisation == null ? "" : organisation,
					"role", role == null ? "" : role));
			return agreement(id, model);
		}
	}

	@PostMapping("/avtal/{id}/dokument")
	String addFile(@PathVariable long id, @RequestParam(name = "file-title", required = false) String title,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			if (file == null || file.isEmpty()) {
				new FieldErrors().add("file", "agreements.document.empty").throwIfAny();
			}
			files.add(id, title, file.getOriginalFilename(), file.getContentType(), file.getBytes());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/" + id;
		}
		catch (FieldErrors failures) {
			Map<String, String> errors = new LinkedHashMap<>();
			formErrors.of(failures).forEach((field, message) -> errors.put("title".equals(field) ? "file-title" : field, message));
			model.addAttribute("fileErrors", errors);
			return agreement(id, model);
		}
	}

	/** The meeting kinds come from a list; anything else counts as no choice, which the service asks for. */
	private static se.rattighetsnavet.agreements.internal.MeetingKind meetingKind(String kind) {
		return java.util.Arrays.stream(se.rattighetsnavet.agreements.internal.MeetingKind.values())
			.filter(k -> k.name().equals(kind)).findFirst().orElse(null);
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** The agreement form as typed, dates as text so that a mistyped date is shown again next to its message. */
	record AgreementForm(String title, String fileNumber, String department, String validFrom, String validTo, Integer version) {
	}

	static boolean late(Deliverable deliverable) {
		return deliverable.status() == DeliverableStatus.FORSENAD;
	}
}
