package se.rattighetsnavet.criteria;

import java.time.LocalDate;

/**
 * The programme office confirmed a member's decision: it is now an MR-kommun or MR-region.
 */
public record MembershipConfirmed(String organisationCode, LocalDate joinedOn) {
}
