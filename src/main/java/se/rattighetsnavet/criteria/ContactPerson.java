package se.rattighetsnavet.criteria;

/**
 * A contact person a member names when joining.
 */
public record ContactPerson(String name, String email, String phone) {
}
