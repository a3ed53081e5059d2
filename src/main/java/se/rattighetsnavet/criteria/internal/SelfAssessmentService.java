package se.rattighetsnavet.criteria.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.criteria.SelfAssessmentManagement;
import se.rattighetsnavet.criteria.SelfAssessmentSubmitted;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
class SelfAssessmentService implements SelfAssessmentManagement {

	private static final String ENTITY = "selfAssessment";

	private final SelfAssessments assessments;
	private final CriteriaManagement criteria;
	private final MembershipManagement memberships;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SelfAssessmentService(SelfAssessments assessments, CriteriaManagement criteria, MembershipManagement memberships,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.assessments = assessments;
		this.criteria = criteria;
		this.memberships = memberships;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public SelfAssessment get(String organisationCode, int year) {
		return find(organisationCode, year).orElseThrow(() -> new NotFoundException(ENTITY, organisationCode + "/" + year));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SelfAssessment> find(String organisationCode, int year) {
		return assessments.find(organisationCode, year).filter(SelfAssessmentService::visible);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelfAssessment> all(String organisationCode) {
		return assessments.all(organisationCode).stream().filter(SelfAssessmentService::visible).toList();
	}

	@Override
	@Transactional
	public SelfAssessment start(String organisationCode, int year) {
		requireEditor(organisationCode);
		Optional<SelfAssessment> existing = assessments.find(organisationCode, year);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!memberships.isMember(organisationCode)) {
			throw new BusinessRuleException("criteria.assessment.notMember");
		}
		SelfAssessment previous = assessments.lastSubmittedBefore(organisationCode, year).orElse(null);
		SelfAssessment created = assessments.insert(SelfAssessment.start(organisationCode, year, criteria.current().version(), previous));
		auditLog.record("create", ENTITY, created.id(), null, created);
		return created;
	}

	@Override
	@Transactional
	public SelfAssessment save(String organisationCode, int year, List<AssessmentCell> answers, int expectedVersion) {
		requireEditor(organisationCode);
		SelfAssessment before = assessments.find(organisationCode, year).orElseGet(() -> start(organisationCode, year));
		before.requireDraft();
		if (before.version() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, organisationCode + "/" + year);
		}
		SelfAssessment after = before.withAnswers(answers);
		assessments.update(after);
		auditLog.record("update", ENTITY, before.id(), before, after);
		return assessments.find(organisationCode, year).orElseThrow();
	}

	@Override
	@Transactional
	public SelfAssessment submit(String organisationCode, int year, int expectedVersion) {
		requireEditor(organisationCode);
		SelfAssessment before = get(organisationCode, year);
		before.requireDraft();
		if (before.version() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, organisationCode + "/" + year);
		}
		SelfAssessment after = before.submit(clock.instant());
		assessments.update(after);
		auditLog.record("submit", ENTITY, before.id(), before, after);
		events.publishEvent(new SelfAssessmentSubmitted(organisationCode, year, after.criteriaVersion()));
		return assessments.find(organisationCode, year).orElseThrow();
	}

	@Override
	public boolean mayEdit(String organisationCode) {
		return Actors.current().hasRoleIn(Role.MEMBER_EDITOR, organisationCode);
	}

	/** Drafts are the member's own; the programme office also reads what members have submitted. */
	private static boolean visible(SelfAssessment assessment) {
		Actor actor = Actors.current();
		String code = assessment.organisationCode();
		if (actor.hasRoleIn(Role.MEMBER_EDITOR, code) || actor.hasRoleIn(Role.MEMBER_READER, code)) {
			return true;
		}
		return assessment.isSubmitted() && actor.hasRole(Role.PROGRAMME_OFFICE);
	}

	/** Someone outside the organisation learns nothing about its drafts: 404, not 403. */
	private static void requireEditor(String organisationCode) {
		Actor actor = Actors.current();
		if (actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode)) {
			return;
		}
		if (actor.hasRoleIn(Role.MEMBER_READER, organisationCode) || !actor.isAuthenticated()) {
			Actors.require(false);
		}
		throw new NotFoundException(ENTITY, organisationCode);
	}
}
