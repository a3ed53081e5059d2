package se.rattighetsnavet.criteria.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.Coverage;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.MrMember;
import se.rattighetsnavet.criteria.PeerMedian;
import se.rattighetsnavet.criteria.PopulationBand;
import se.rattighetsnavet.criteria.Progress;
import se.rattighetsnavet.criteria.ReportingYear;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
class ProgressService implements se.rattighetsnavet.criteria.ProgressManagement {

	private final SelfAssessments assessments;
	private final MembershipManagement memberships;
	private final OrganisationManagement organisations;
	private final Clock clock;

	ProgressService(SelfAssessments assessments, MembershipManagement memberships, OrganisationManagement organisations,
			Clock clock) {
		this.assessments = assessments;
		this.memberships = memberships;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Progress progress(String organisationCode) {
		Actor actor = Actors.current();
		if (!actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode) && !actor.hasRoleIn(Role.MEMBER_READER, organisationCode)) {
			throw new NotFoundException("progress", organisationCode);
		}
		List<SelfAssessment> submitted = assessments.all(organisationCode).stream().filter(SelfAssessment::isSubmitted)
			.sorted(java.util.Comparator.comparingInt(SelfAssessment::year)).toList();
		List<Progress.YearScores> years = submitted.stream().map(a -> new Progress.YearScores(a.year(), scores(a))).toList();
		if (submitted.isEmpty()) {
			return new Progress(organisationCode, years, null, List.of());
		}
		SelfAssessment latest = submitted.get(submitted.size() - 1);
		Organisation self = organisations.get(organisationCode);
		List<SelfAssessment> peers = assessments.submitted(latest.year());
		Map<String, Organisation> peerOrganisations = new java.util.HashMap<>();
		peers.forEach(peer -> peerOrganisations.put(peer.organisationCode(), organisations.get(peer.organisationCode())));
		Predicate<Organisation> sameCounty = o -> Objects.equals(o.countyCode(), self.countyCode());
		Predicate<Organisation> sameSize = o -> band(o) != null && band(o) == band(self);
		List<Progress.Comparison> comparisons = new ArrayList<>();
		Map<Commitment, BigDecimal> own = scores(latest);
		for (Commitment commitment : Commitment.values()) {
			comparisons.add(new Progress.Comparison(commitment, own.get(commitment),
					median(peers, peerOrganisations, commitment, o -> true),
					median(peers, peerOrganisations, commitment, sameCounty),
					median(peers, peerOrganisations, commitment, sameSize)));
		}
		return new Progress(organisationCode, years, latest.year(), comparisons);
	}

	@Override
	@Transactional(readOnly = true)
	public Coverage coverage(int year) {
		Actors.require(Actors.current().hasRole(Role.PROGRAMME_OFFICE));
		ReportingYear reportingYear = new ReportingYear(year);
		boolean overdue = reportingYear.isLate(Dates.today(clock));
		Map<String, SelfAssessment> headers = assessments.headers(year);
		List<Coverage.Row> rows = memberships.members().stream().map(member -> row(member, headers.get(member.organisationCode()), overdue))
			.toList();
		List<SelfAssessment> submitted = assessments.submitted(year);
		List<Coverage.CellMedian> development = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			for (ActorRole role : ActorRole.values()) {
				List<BigDecimal> levels = submitted.stream().map(a -> a.cell(commitment, role))
					.filter(cell -> cell != null && cell.isAnswered())
					.map(cell -> BigDecimal.valueOf(cell.level().level())).toList();
				development.add(new Coverage.CellMedian(commitment, role, PeerMedian.of(levels).orElse(null)));
			}
		}
		return new Coverage(year, reportingYear.dueOn(), rows, development);
	}

	private static Coverage.Row row(MrMember member, SelfAssessment assessment, boolean overdue) {
		Coverage.State state = assessment == null ? Coverage.State.NOT_STARTED
				: assessment.isSubmitted() ? Coverage.State.SUBMITTED : Coverage.State.DRAFT;
		return new Coverage.Row(member.organisationCode(), member.name(), state,
				assessment == null ? null : assessment.submittedAt(), overdue && state != Coverage.State.SUBMITTED);
	}

	private static PeerMedian median(List<SelfAssessment> peers, Map<String, Organisation> organisations, Commitment commitment,
			Predicate<Organisation> group) {
		List<BigDecimal> scores = peers.stream()
			.filter(peer -> group.test(organisations.get(peer.organisationCode())))
			.map(peer -> scores(peer).get(commitment))
			.filter(Objects::nonNull)
			.toList();
		return PeerMedian.of(scores).orElse(null);
	}

	static Map<Commitment, BigDecimal> scores(SelfAssessment assessment) {
		Map<Commitment, BigDecimal> scores = new EnumMap<>(Commitment.class);
		for (Commitment commitment : Commitment.values()) {
			List<se.rattighetsnavet.criteria.MaturityLevel> levels = assessment.cells().stream()
				.filter(cell -> cell.commitment() == commitment && cell.isAnswered())
				.map(AssessmentCell::level).toList();
			if (!levels.isEmpty()) {
				scores.put(commitment, PeerMedian.score(levels));
			}
		}
		return scores;
	}

	private static PopulationBand band(Organisation organisation) {
		if (organisation.population() == null || !organisation.isMember()) {
			return null;
		}
		return PopulationBand.of(organisation.type() == OrganisationType.REGION, organisation.population());
	}
}
