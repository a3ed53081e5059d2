package se.rattighetsnavet.agreements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.agreements.internal.Access;
import se.rattighetsnavet.agreements.internal.AgreementService;
import se.rattighetsnavet.agreements.internal.MeetingService;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.web.FormErrors;

@Controller
class MeetingController {

	private final MeetingService meetings;
	private final AgreementService agreements;
	private final FormErrors formErrors;

	MeetingController(MeetingService meetings, AgreementService agreements, FormErrors formErrors) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.formErrors = formErrors;
	}

	@GetMapping("/avtal/moten/{id}")
	String page(@PathVariable long id, Model model) {
		Views.Meeting meeting = meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("agreement", agreements.details(meeting.agreementId()).agreement());
		model.addAttribute("deliverables", agreements.deliverables(meeting.agreementId()));
		model.addAttribute("mayRecord", Access.mayRecordMinutes(Actors.current(), meeting.kind()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "agreements/meeting";
	}

	@PostMapping("/avtal/moten/{id}")
	String record(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String decision,
			@RequestParam(required = false) Long adopts, Model model, RedirectAttributes redirect) {
		List<MeetingService.DecisionDraft> decisions = new ArrayList<>();
		if (decision != null && !decision.isBlank()) {
			decisions.add(new MeetingService.DecisionDraft(decision.strip(), adopts));
		}
		try {
			meetings.recordMinutes(id, version, minutes, attendance, decisions);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/avtal/moten/" + id;
		}
		catch (FieldErrors failures) {
			model.addAttribute("errors", formErrors.of(failures));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("errors", Map.of("minutes", formErrors.message("agreements.conflict")));
		}
		return page(id, model);
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("agreement-meeting", id);
	}
}
