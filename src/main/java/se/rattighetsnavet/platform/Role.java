package se.rattighetsnavet.platform;

/**
 * The roles of the platform. Every account has one or more, always within its own organisation.
 */
public enum Role {
	ADMIN, PROGRAMME_OFFICE, MINISTRY, PAYING_AGENCY, MEMBER_EDITOR, MEMBER_READER;

	public String authority() {
		return "ROLE_" + name();
	}
}
