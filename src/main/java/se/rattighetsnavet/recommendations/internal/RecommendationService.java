package se.rattighetsnavet.recommendations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.recommendations.FollowUp;
import se.rattighetsnavet.recommendations.FollowUpOverview;
import se.rattighetsnavet.recommendations.ImportFormat;
import se.rattighetsnavet.recommendations.ImportResult;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;
import se.rattighetsnavet.recommendations.RecommendationManagement;
import se.rattighetsnavet.recommendations.RecommendationPage;
import se.rattighetsnavet.recommendations.RecommendationQuery;

@Service
@Transactional(readOnly = true)
class RecommendationService implements RecommendationManagement {

	static final String ENTITY = "recommendation";

	private final Recommendations recommendations;
	private final RecommendationSearch search;
	private final ImportService importService;
	private final FollowUps followUps;
	private final AuditLog auditLog;
	private final RecommendationEditing editing;

	RecommendationService(Recommendations recommendations, RecommendationSearch search, ImportService importService,
			FollowUps followUps, AuditLog auditLog, RecommendationEditing editing) {
		this.editing = editing;
		this.recommendations = recommendations;
		this.search = search;
		this.importService = importService;
		this.followUps = followUps;
		this.auditLog = auditLog;
	}

	static boolean isOffice(Actor actor) {
		return actor.hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN);
	}

	@Override
	public RecommendationPage search(RecommendationQuery query) {
		return search.search(query, isOffice(Actors.current()));
	}

	@Override
	public void forEach(RecommendationQuery query, Consumer<Recommendation> each) {
		search.forEach(query, isOffice(Actors.current()), each);
	}

	@Override
	public Recommendation get(long id) {
		return recommendations.find(id)
			.filter(recommendation -> recommendation.published() || isOffice(Actors.current()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@Override
	public void check(Long id, RecommendationChange change) {
		editing.check(id, change);
	}

	@Override
	@Transactional
	public Recommendation create(RecommendationChange change) {
		return editing.create(change);
	}

	@Override
	@Transactional
	public Recommendation update(long id, RecommendationChange change, int expectedVersion) {
		return editing.update(id, change, expectedVersion);
	}

	@Override
	@Transactional
	public Recommendation confirmSuggestions(long id, List<Integer> sdgGoals, List<String> groups, int expectedVersion) {
		return editing.confirmSuggestions(id, sdgGoals, groups, expectedVersion);
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ImportResult startImport(ImportFormat format, String filename, Path file, boolean validOnly) {
		Actor actor = Actors.current();
		Actors.require(isOffice(actor));
		try {
			UUID id = importService.start(actor, format, filename, file, validOnly);
			return importService.status(id).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<ImportResult> importStatus(UUID id) {
		Actors.require(isOffice(Actors.current()));
		return importService.status(id);
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ImportResult awaitImport(UUID id, Duration timeout) {
		Actors.require(isOffice(Actors.current()));
		return importService.await(id, timeout);
	}

	List<ImportResult> recentImports() {
		Actors.require(isOffice(Actors.current()));
		return importService.recent();
	}

	@Override
	@Transactional
	public FollowUp recordFollowUp(long recommendationId, String organisationCode, FollowUp.Status status, String comment,
			String evidenceUrl, Integer expectedVersion) {
		Actor actor = Actors.current();
		Actors.require(actor.hasRoleIn(Role.MEMBER_EDITOR, organisationCode));
		get(recommendationId);
		FollowUpRules.check(status, evidenceUrl);
		Optional<FollowUp> before = followUps.find(recommendationId, organisationCode);
		if (!followUps.save(recommendationId, organisationCode, status, comment, evidenceUrl, actor.email(), expectedVersion)) {
			throw new ConcurrentEditException("followUp", recommendationId + "/" + organisationCode);
		}
		FollowUp after = followUps.find(recommendationId, organisationCode).orElseThrow();
		auditLog.record(before.isPresent() ? "update" : "create", "followUp", recommendationId + "/" + organisationCode,
				before.orElse(null), after);
		return after;
	}

	@Override
	public Optional<FollowUp> followUp(long recommendationId, String organisationCode) {
		Actor actor = Actors.current();
		Actors.require(isOffice(actor) || (actor.belongsTo(organisationCode)
				&& actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER)));
		return followUps.find(recommendationId, organisationCode);
	}

	@Override
	public List<FollowUpOverview> followUpOverview() {
		Actors.require(isOffice(Actors.current()));
		return followUps.overview();
	}
}
