package se.rattighetsnavet.agreements.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.agreements.internal.MeetingKind;
import se.rattighetsnavet.agreements.internal.MeetingService;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.FieldErrors;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreements")
class MeetingApiController {

	private final MeetingService meetings;

	MeetingApiController(MeetingService meetings) {
		this.meetings = meetings;
	}

	record MemberBody(String name, String organisation, String role) {
	}

	record MeetingBody(MeetingKind kind, LocalDate heldOn, String title, String agenda) {
	}

	record MinutesBody(Integer version, String minutes, String attendance, List<MeetingService.DecisionDraft> decisions) {
	}

	record Items<T>(List<T> items) {
	}

	@GetMapping("/agreements/{id}/members")
	@Operation(summary = "Members of the steering or coordination group")
	Items<Views.Member> members(@PathVariable long id) {
		return new Items<>(meetings.members(id));
	}

	@PostMapping("/agreements/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a group member (programme office)")
	Views.Member addMember(@PathVariable long id, @RequestBody MemberBody body) {
		return meetings.addMember(id, body.name(), body.organisation(), body.role());
	}

	@GetMapping("/agreements/{id}/meetings")
	@Operation(summary = "Group meetings and samråd; minutes only for the parties")
	Items<Views.Meeting> list(@PathVariable long id) {
		return new Items<>(meetings.meetings(id));
	}

	@PostMapping("/agreements/{id}/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a group meeting or samråd (programme office or Government Offices)")
	Views.Meeting schedule(@PathVariable long id, @RequestBody MeetingBody body) {
		return meetings.schedule(id, body.kind(), body.heldOn(), body.title(), body.agenda());
	}

	@GetMapping("/meetings/{id}")
	Views.Meeting meeting(@PathVariable long id) {
		return meetings.meeting(id);
	}

	@PutMapping("/meetings/{id}/minutes")
	@Operation(summary = "Record minutes, attendance and decisions (samråd: Government Offices; group: programme office)")
	Views.Meeting minutes(@PathVariable long id, @RequestBody MinutesBody body) {
		if (body.version() == null) {
			new FieldErrors().add("version", "agreements.validation.required").throwIfAny();
		}
		List<MeetingService.DecisionDraft> decisions = body.decisions() == null ? List.of()
				: body.decisions().stream().filter(d -> d.text() != null && !d.text().isBlank()).toList();
		return meetings.recordMinutes(id, body.version(), body.minutes(), body.attendance(), decisions);
	}
}
