package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Joining, confirming and leaving. A member's MEMBER_EDITOR records the decision; the programme office confirms it.
 */
public interface MembershipManagement {

	/** @throws se.rattighetsnavet.platform.FieldErrors for missing or invalid fields, or an extract that is not a PDF of at most 20 MB */
	Membership record(NewMembership decision);

	Membership confirm(long membershipId, int expectedVersion);

	Membership reject(long membershipId, int expectedVersion);

	/** The member's editor or the programme office records that the member left. */
	Membership leave(String organisationCode, LocalDate on, int expectedVersion);

	/** The public list: confirmed members, by name. */
	List<MrMember> members();

	/** Every joining of the organisation, newest first (its editors, readers and the programme office). */
	List<Membership> history(String organisationCode);

	Optional<Membership> active(String organisationCode);

	/** Decisions awaiting confirmation (programme office). */
	List<Membership> pending();

	/** The extract of the minutes, for the member itself and the programme office. */
	byte[] extract(long membershipId);

	boolean isMember(String organisationCode);
}
