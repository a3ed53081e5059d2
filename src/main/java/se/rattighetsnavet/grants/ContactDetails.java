package se.rattighetsnavet.grants;

/**
 * Point 1 of Bilaga 1, the same on the requisition and the financial report.
 */
public record ContactDetails(String recipient, String organisationNumber, String contactPerson, String postalAddress, String phone,
		String fax, String email) {
}
