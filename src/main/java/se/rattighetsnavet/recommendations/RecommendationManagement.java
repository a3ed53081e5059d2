package se.rattighetsnavet.recommendations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What other modules and the web layer may ask of the recommendations register.
 */
public interface RecommendationManagement {

	/** Full-text search with facets; drafts only for the programme office. */
	RecommendationPage search(RecommendationQuery query);

	/** Every recommendation matching the query, in order, for export (no paging). */
	void forEach(RecommendationQuery query, Consumer<Recommendation> each);

	/** One recommendation; a draft is not found unless the actor is the programme office. */
	Recommendation get(long id);

	/**
	 * Checks a change as {@link #create} ({@code id} null) or {@link #update} would, without saving anything: throws
	 * FieldErrors, so that a form can show every problem at once. Programme office only.
	 */
	void check(Long id, RecommendationChange change);

	/** Enters a recommendation by hand (programme office); its text's SDG goals and groups become suggestions. */
	Recommendation create(RecommendationChange change);

	/** Optimistic locking: throws ConcurrentEditException when {@code expectedVersion} is stale. */
	Recommendation update(long id, RecommendationChange change, int expectedVersion);

	/**
	 * Moves the chosen suggested SDG goals and affected groups into the confirmed ones (programme office; optimistic
	 * locking and audit as for {@link #update}). Anything that is not an open suggestion is refused with FieldErrors.
	 */
	Recommendation confirmSuggestions(long id, List<Integer> sdgGoals, List<String> groups, int expectedVersion);

	/**
	 * Starts importing a file in the background; the register takes ownership of {@code file} and deletes it afterwards.
	 * With {@code validOnly} a file with rejected rows still imports its valid rows, otherwise it writes nothing.
	 */
	ImportResult startImport(ImportFormat format, String filename, Path file, boolean validOnly);

	Optional<ImportResult> importStatus(UUID id);

	/** Waits at most {@code timeout} for the import to finish and returns its state then. */
	ImportResult awaitImport(UUID id, Duration timeout);

	/** Records the follow-up of the given member organisation (MEMBER_EDITOR of that organisation only). */
	FollowUp recordFollowUp(long recommendationId, String organisationCode, FollowUp.Status status, String comment,
			String evidenceUrl, Integer expectedVersion);

	/** The follow-up of one organisation (its own members and the programme office only). */
	Optional<FollowUp> followUp(long recommendationId, String organisationCode);

	/** For the programme office: how members work on recommendations. */
	List<FollowUpOverview> followUpOverview();
}
