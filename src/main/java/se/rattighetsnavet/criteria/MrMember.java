package se.rattighetsnavet.criteria;

import java.time.LocalDate;

/**
 * An entry of the public list of MR-kommuner and MR-regioner.
 */
public record MrMember(String organisationCode, String name, boolean region, LocalDate joinedOn) {
}
