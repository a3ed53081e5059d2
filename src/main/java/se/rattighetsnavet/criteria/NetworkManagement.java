package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The members' network: network groups with members and meetings (kept by the programme office), and good examples that
 * members propose and the programme office approves for publication.
 */
public interface NetworkManagement {

	List<Network> networks();

	/** @throws se.rattighetsnavet.platform.NotFoundException for an unknown code */
	Network network(String code);

	/** PROGRAMME_OFFICE. */
	Network addMember(String networkCode, String organisationCode);

	/** PROGRAMME_OFFICE. */
	Network recordMeeting(String networkCode, LocalDate heldOn, String title, String notes);

	/** MEMBER_EDITOR of the organisation. */
	GoodExample propose(NewGoodExample example);

	GoodExample approve(long id, int expectedVersion);

	GoodExample reject(long id, int expectedVersion);

	/** Published examples, optionally filtered by commitment and role. */
	List<GoodExample> published(Commitment commitment, ActorRole role);

	/** Proposals awaiting the programme office. */
	List<GoodExample> proposed();

	/** An example visible to the actor: published ones to everyone, others to their organisation and the programme office. */
	GoodExample example(long id);

	/** An attachment of a visible example: name, type and content. */
	Optional<NewGoodExample.File> attachment(long exampleId, long fileId);
}
