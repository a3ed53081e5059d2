package se.rattighetsnavet.knowledge.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.knowledge.Course;
import se.rattighetsnavet.knowledge.Reach;
import se.rattighetsnavet.knowledge.SessionRegistration;
import se.rattighetsnavet.knowledge.TrainingManagement;
import se.rattighetsnavet.knowledge.TrainingSession;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
@Transactional(readOnly = true)
class TrainingService implements TrainingManagement {

	private final Trainings trainings;
	private final OrganisationManagement organisations;
	private final AuditLog auditLog;
	private final Clock clock;

	TrainingService(Trainings trainings, OrganisationManagement organisations, AuditLog auditLog, Clock clock) {
		this.trainings = trainings;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public List<Course> courses() {
		return trainings.courses();
	}

	@Override
	public Optional<Course> course(String code) {
		return trainings.course(code);
	}

	@Override
	public List<TrainingSession> sessions(long courseId) {
		return trainings.sessions(courseId);
	}

	@Override
	@Transactional
	public TrainingSession register(SessionRegistration registration) {
		Actor actor = Actors.current();
		Actors.require(actor.hasRoleIn(Role.PROGRAMME_OFFICE, "SKR")
				|| actor.hasRoleIn(Role.MEMBER_EDITOR, registration.organisationCode()));
		registration.validate(Dates.today(clock));
		Course course = trainings.course(registration.courseCode())
			.orElseThrow(() -> new NotFoundException("course", registration.courseCode()));
		boolean member = organisations.find(registration.organisationCode()).map(Organisation::isMember).orElse(false);
		if (!member) {
			new FieldErrors().add("organisationCode", "knowledge.session.organisation.notMember").throwIfAny();
		}
		TrainingSession session = trainings.insert(course.id(), registration, actor.email());
		auditLog.record("create", "trainingSession", session.id(), null, session);
		return session;
	}

	@Override
	public Reach reach(String organisationCode) {
		if (organisationCode == null || organisationCode.isBlank()) {
			return trainings.overall();
		}
		Organisation organisation = organisations.get(organisationCode);
		return trainings.of(organisation.code(), organisation.name());
	}

	@Override
	public List<Reach> reachPerMember() {
		return trainings.perOrganisation().stream()
			.map(r -> new Reach(r.organisationCode(), organisations.find(r.organisationCode()).map(Organisation::name)
				.orElse(r.organisationCode()), r.sessions(), r.organisations(), r.electedOfficials(), r.managers(), r.employees()))
			.toList();
	}
}
