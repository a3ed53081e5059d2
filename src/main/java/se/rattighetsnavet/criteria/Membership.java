package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.platform.BusinessRuleException;

/**
 * One joining of a municipality or region: its political decision, the programme office's confirmation, and leaving.
 * A member is on the public list of MR-kommuner and MR-regioner while CONFIRMED; history is kept as earlier rows.
 */
public record Membership(long id, String organisationCode, Status status, String decisionBody, LocalDate decisionDate,
		String minuteReference, String extractName, List<ContactPerson> contacts, LocalDate joinedOn, LocalDate leftOn,
		int version) {

	public enum Status {
		PENDING, CONFIRMED, REJECTED, LEFT
	}

	public Membership {
		contacts = List.copyOf(contacts);
	}

	/** The member joins on the date of its political decision, once the programme office confirms it. */
	public Membership confirm() {
		if (status != Status.PENDING) {
			throw new BusinessRuleException(409, "criteria.membership.notPending");
		}
		return new Membership(id, organisationCode, Status.CONFIRMED, decisionBody, decisionDate, minuteReference, extractName,
				contacts, decisionDate, null, version);
	}

	public Membership reject() {
		if (status != Status.PENDING) {
			throw new BusinessRuleException(409, "criteria.membership.notPending");
		}
		return new Membership(id, organisationCode, Status.REJECTED, decisionBody, decisionDate, minuteReference, extractName,
				contacts, null, null, version);
	}

	public Membership leave(LocalDate on) {
		if (status != Status.CONFIRMED) {
			throw new BusinessRuleException(409, "criteria.membership.notConfirmed");
		}
		if (on.isBefore(joinedOn)) {
			throw new BusinessRuleException("criteria.membership.leftBeforeJoined");
		}
		return new Membership(id, organisationCode, Status.LEFT, decisionBody, decisionDate, minuteReference, extractName,
				contacts, joinedOn, on, version);
	}

	public boolean isActiveMember() {
		return status == Status.CONFIRMED;
	}
}
