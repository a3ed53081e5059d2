package se.rattighetsnavet.criteria.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.GoodExample;
import se.rattighetsnavet.criteria.Network;
import se.rattighetsnavet.criteria.NetworkManagement;
import se.rattighetsnavet.criteria.NewGoodExample;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
class NetworkService implements NetworkManagement {

	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	private final Networks networks;
	private final GoodExamples examples;
	private final OrganisationManagement organisations;
	private final AuditLog auditLog;
	private final Clock clock;

	NetworkService(Networks networks, GoodExamples examples, OrganisationManagement organisations, AuditLog auditLog, Clock clock) {
		this.networks = networks;
		this.examples = examples;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Network> networks() {
		return networks.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Network network(String code) {
		return networks.find(code).orElseThrow(() -> new NotFoundException("network", code));
	}

	@Override
	@Transactional
	public Network addMember(String networkCode, String organisationCode) {
		requireProgrammeOffice();
		Network network = network(networkCode);
		organisations.get(organisationCode);
		networks.addMember(network.id(), organisationCode);
		auditLog.record("addMember", "network", networkCode, null, organisationCode);
		return network(networkCode);
	}

	@Override
	@Transactional
	public Network recordMeeting(String networkCode, LocalDate heldOn, String title, String notes) {
		requireProgrammeOffice();
		Network network = network(networkCode);
		FieldErrors errors = new FieldErrors();
		if (heldOn == null) {
			errors.add("heldOn", "criteria.meeting.heldOn.required");
		}
		if (title == null || title.isBlank()) {
			errors.add("title", "criteria.meeting.title.required");
		}
		errors.throwIfAny();
		networks.addMeeting(network.id(), heldOn, title.strip(), notes);
		auditLog.record("addMeeting", "network", networkCode, null, new MeetingRecorded(heldOn, title, notes));
		return network(networkCode);
	}

	@Override
	@Transactional
	public GoodExample propose(NewGoodExample example) {
		Actors.require(Actors.current().hasRoleIn(Role.MEMBER_EDITOR, example.organisationCode()));
		FieldErrors errors = new FieldErrors();
		if (blank(example.title())) {
			errors.add("title", "criteria.example.title.required");
		}
		if (example.commitment() == null) {
			errors.add("commitment", "criteria.example.commitment.required");
		}
		if (example.role() == null) {
			errors.add("role", "criteria.example.role.required");
		}
		if (blank(example.description())) {
			errors.add("description", "criteria.example.description.required");
		}
		if (blank(example.contactName())) {
			errors.add("contactName", "criteria.membership.contact.required");
		}
		if (blank(example.contactEmail()) || !example.contactEmail().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			errors.add("contactEmail", "criteria.membership.contactEmail.invalid");
		}
		if (example.files().stream().anyMatch(file -> file.content().length > MAX_FILE_BYTES)) {
			errors.add("files", "criteria.example.files.tooLarge");
		}
		errors.throwIfAny();
		long id = examples.insert(example, Actors.current().email());
		GoodExample created = examples.find(id).orElseThrow();
		auditLog.record("create", "example", id, null, created);
		return created;
	}

	@Override
	@Transactional
	public GoodExample approve(long id, int expectedVersion) {
		requireProgrammeOffice();
		GoodExample before = load(id, expectedVersion);
		GoodExample after = before.approve(Dates.today(clock));
		examples.updateStatus(after);
		auditLog.record("approve", "example", id, before, after);
		return examples.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public GoodExample reject(long id, int expectedVersion) {
		requireProgrammeOffice();
		GoodExample before = load(id, expectedVersion);
		GoodExample after = before.reject();
		examples.updateStatus(after);
		auditLog.record("reject", "example", id, before, after);
		return examples.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<GoodExample> published(Commitment commitment, ActorRole role) {
		return examples.byStatus(GoodExample.Status.APPROVED, commitment, role);
	}

	@Override
	@Transactional(readOnly = true)
	public List<GoodExample> proposed() {
		requireProgrammeOffice();
		return examples.byStatus(GoodExample.Status.PROPOSED, null, null);
	}

	@Override
	@Transactional(readOnly = true)
	public GoodExample example(long id) {
		return examples.find(id).filter(NetworkService::visible).orElseThrow(() -> new NotFoundException("example", id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NewGoodExample.File> attachment(long exampleId, long fileId) {
		example(exampleId);
		return examples.file(exampleId, fileId);
	}

	private GoodExample load(long id, int expectedVersion) {
		GoodExample example = examples.find(id).orElseThrow(() -> new NotFoundException("example", id));
		if (example.version() != expectedVersion) {
			throw new ConcurrentEditException("example", id);
		}
		return example;
	}

	private static boolean visible(GoodExample example) {
		Actor actor = Actors.current();
		return example.isPublished() || actor.hasRole(Role.PROGRAMME_OFFICE)
				|| actor.hasRoleIn(Role.MEMBER_EDITOR, example.organisationCode())
				|| actor.hasRoleIn(Role.MEMBER_READER, example.organisationCode());
	}

	private static void requireProgrammeOffice() {
		Actors.require(Actors.current().hasRole(Role.PROGRAMME_OFFICE));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	record MeetingRecorded(LocalDate heldOn, String title, String notes) {
	}
}
