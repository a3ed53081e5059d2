package se.rattighetsnavet.criteria.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.Membership;
import se.rattighetsnavet.criteria.MembershipConfirmed;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.MrMember;
import se.rattighetsnavet.criteria.NewMembership;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
class MembershipService implements MembershipManagement {

	private final Memberships memberships;
	private final OrganisationManagement organisations;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MembershipService(Memberships memberships, OrganisationManagement organisations, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Membership record(NewMembership decision) {
		Actors.require(Actors.current().hasRoleIn(Role.MEMBER_EDITOR, decision.organisationCode()));
		Organisation organisation = organisations.get(decision.organisationCode());
		if (!organisation.isMember()) {
			throw new BusinessRuleException("criteria.membership.notAMember");
		}
		MembershipDecisionRules.check(decision, Dates.today(clock));
		if (memberships.active(decision.organisationCode()).isPresent()) {
			throw new BusinessRuleException(409, "criteria.membership.alreadyActive");
		}
		long id = memberships.insert(decision, Actors.current().email());
		Membership membership = memberships.find(id).orElseThrow();
		auditLog.record("create", "membership", id, null, membership);
		return membership;
	}

	@Override
	@Transactional
	public Membership confirm(long membershipId, int expectedVersion) {
		requireProgrammeOffice();
		Membership before = load(membershipId, expectedVersion);
		Membership after = before.confirm();
		memberships.update(after, Actors.current().email());
		auditLog.record("confirm", "membership", membershipId, before, after);
		events.publishEvent(new MembershipConfirmed(after.organisationCode(), after.joinedOn()));
		return memberships.find(membershipId).orElseThrow();
	}

	@Override
	@Transactional
	public Membership reject(long membershipId, int expectedVersion) {
		requireProgrammeOffice();
		Membership before = load(membershipId, expectedVersion);
		Membership after = before.reject();
		memberships.update(after, Actors.current().email());
		auditLog.record("reject", "membership", membershipId, before, after);
		return memberships.find(membershipId).orElseThrow();
	}

	@Override
	@Transactional
	public Membership leave(String organisationCode, LocalDate on, int expectedVersion) {
		Actor actor = Actors.current();
		Actors.require(actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode) || actor.hasRole(Role.PROGRAMME_OFFICE));
		Membership active = memberships.active(organisationCode)
			.orElseThrow(() -> new NotFoundException("membership", organisationCode));
		Membership before = load(active.id(), expectedVersion);
		Membership after = before.leave(on == null ? Dates.today(clock) : on);
		memberships.update(after, null);
		auditLog.record("leave", "membership", active.id(), before, after);
		return memberships.find(active.id()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MrMember> members() {
		return memberships.byStatus(Membership.Status.CONFIRMED).stream().map(membership -> {
			Organisation organisation = organisations.get(membership.organisationCode());
			return new MrMember(organisation.code(), organisation.name(), organisation.type() == OrganisationType.REGION,
					membership.joinedOn());
		}).sorted(Comparator.comparing(MrMember::name)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Membership> history(String organisationCode) {
		requireInsider(organisationCode);
		return memberships.history(organisationCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Membership> active(String organisationCode) {
		requireInsider(organisationCode);
		return memberships.active(organisationCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Membership> pending() {
		requireProgrammeOffice();
		return memberships.byStatus(Membership.Status.PENDING);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] extract(long membershipId) {
		Membership membership = memberships.find(membershipId).orElseThrow(() -> new NotFoundException("membership", membershipId));
		requireInsider(membership.organisationCode());
		return memberships.extract(membershipId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isMember(String organisationCode) {
		return memberships.active(organisationCode).filter(Membership::isActiveMember).isPresent();
	}

	private Membership load(long id, int expectedVersion) {
		Membership membership = memberships.find(id).orElseThrow(() -> new NotFoundException("membership", id));
		if (membership.version() != expectedVersion) {
			throw new se.rattighetsnavet.platform.ConcurrentEditException("membership", id);
		}
		return membership;
	}

	/** The member's own people and the programme office see decisions, contacts and extracts; others get 404. */
	private static void requireInsider(String organisationCode) {
		Actor actor = Actors.current();
		boolean allowed = actor.hasRole(Role.PROGRAMME_OFFICE) || actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode)
				|| actor.hasRoleIn(Role.MEMBER_READER, organisationCode);
		if (!allowed) {
			throw new NotFoundException("membership", organisationCode);
		}
	}

	private static void requireProgrammeOffice() {
		Actors.require(Actors.current().hasRole(Role.PROGRAMME_OFFICE));
	}
}
