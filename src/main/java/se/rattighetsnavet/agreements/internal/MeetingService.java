package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * The steering group (2017) or coordination group (2014): its members, its meetings and their decisions, and the annual
 * consultations (samråd) whose minutes the Government Offices keep.
 */
@Service
public class MeetingService {

	/** What the 2014 agreement says each samråd is to cover. */
	public static final String SAMRAD_AGENDA = "1. SKL:s kartläggning\n2. Handlingsplanen\n3. Insatser som planeras för det kommande året\n"
			+ "4. Vid behov: Sveriges rapportering till internationella organ som övervakar staternas efterlevnad av mänskliga rättigheter";

	private final Meetings meetings;
	private final Agreements agreements;
	private final Deliverables deliverables;
	private final DeliverableService deliverableService;
	private final AuditLog auditLog;

	MeetingService(Meetings meetings, Agreements agreements, Deliverables deliverables, DeliverableService deliverableService,
			AuditLog auditLog) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.deliverables = deliverables;
		this.deliverableService = deliverableService;
		this.auditLog = auditLog;
	}

	public List<Views.Member> members(long agreementId) {
		return meetings.members(agreementId);
	}

	/** Everyone sees that meetings took place; agenda, minutes and attendance only those who may read internal records. */
	public List<Views.Meeting> meetings(long agreementId) {
		List<Views.Meeting> all = meetings.of(agreementId);
		if (Access.mayReadInternal(Actors.current())) {
			return all;
		}
		return all.stream().map(m -> new Views.Meeting(m.id(), m.agreementId(), m.kind(), m.heldOn(), m.title(),
				m.kind() == MeetingKind.SAMRAD ? m.agenda() : "", "", "", m.version(), List.of())).toList();
	}

	/** One meeting; agenda, minutes and attendance only for those who may read internal records. */
	public Views.Meeting meeting(long id) {
		Views.Meeting m = find(id);
		return Access.mayReadInternal(Actors.current()) ? m : new Views.Meeting(m.id(), m.agreementId(), m.kind(), m.heldOn(), m.title(),
				m.kind() == MeetingKind.SAMRAD ? m.agenda() : "", "", "", m.version(), List.of());
	}

	@Transactional
	public Views.Member addMember(long agreementId, String name, String organisation, String role) {
		Actors.require(Access.mayEdit(Actors.current()));
		agreement(agreementId);
		FieldErrors errors = new FieldErrors();
		if (name == null || name.isBlank()) {
			errors.add("name", "agreements.validation.required");
		}
		if (organisation == null || organisation.isBlank()) {
			errors.add("organisation", "agreements.validation.required");
		}
		errors.throwIfAny();
		long id = meetings.addMember(agreementId, name.strip(), organisation.strip(), role == null ? "" : role.strip());
		Views.Member member = new Views.Member(id, agreementId, name.strip(), organisation.strip(), role == null ? "" : role.strip());
		auditLog.record("create", "agreement-member", id, null, member);
		return member;
	}

	@Transactional
	public Views.Meeting schedule(long agreementId, MeetingKind kind, LocalDate heldOn, String title, String agenda) {
		Actors.require(Access.mayRecordMeeting(Actors.current()));
		agreement(agreementId);
		FieldErrors errors = new FieldErrors();
		if (kind == null) {
			errors.add("kind", "agreements.validation.required");
		}
		if (heldOn == null) {
			errors.add("heldOn", "agreements.validation.date");
		}
		if (title == null || title.isBlank()) {
			errors.add("title", "agreements.validation.required");
		}
		errors.throwIfAny();
		String items = (agenda == null || agenda.isBlank()) && kind == MeetingKind.SAMRAD ? SAMRAD_AGENDA : agenda == null ? "" : agenda.strip();
		long id = meetings.insert(agreementId, kind, heldOn, title.strip(), items);
		Views.Meeting meeting = find(id);
		auditLog.record("create", "agreement-meeting", id, null, meeting);
		return meeting;
	}

	/** Records minutes and attendance, and any decisions; a decision may adopt one of the agreement's deliverables. */
	@Transactional
	public Views.Meeting recordMinutes(long meetingId, int version, String minutes, String attendance, List<DecisionDraft> decisions) {
		Actor actor = Actors.current();
		Views.Meeting before = find(meetingId);
		Actors.require(Access.mayRecordMinutes(actor, before.kind()));
		for (DecisionDraft decision : decisions) {
			if (decision.adoptsDeliverable() != null && deliverables.find(decision.adoptsDeliverable())
				.filter(d -> d.agreementId() == before.agreementId()).isEmpty()) {
				new FieldErrors().add("decisions", "agreements.validation.deliverable").throwIfAny();
			}
		}
		if (!meetings.recordMinutes(meetingId, version, minutes == null ? "" : minutes.strip(), attendance == null ? "" : attendance.strip())) {
			throw new ConcurrentEditException("agreement-meeting", meetingId);
		}
		for (DecisionDraft decision : decisions) {
			meetings.addDecision(meetingId, decision.text(), decision.adoptsDeliverable());
			if (decision.adoptsDeliverable() != null) {
				deliverableService.adoptByDecision(decision.adoptsDeliverable(), before.title() + " " + before.heldOn());
			}
		}
		Views.Meeting after = find(meetingId);
		auditLog.record("minutes", "agreement-meeting", meetingId, before, after);
		return after;
	}

	public record DecisionDraft(String text, Long adoptsDeliverable) {
	}

	private Views.Meeting find(long id) {
		return meetings.find(id).orElseThrow(() -> new NotFoundException("agreement-meeting", id));
	}

	private void agreement(long id) {
		agreements.find(id).orElseThrow(() -> new NotFoundException("agreement", id));
	}
}
