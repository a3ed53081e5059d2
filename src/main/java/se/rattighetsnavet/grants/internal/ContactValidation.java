package se.rattighetsnavet.grants.internal;

import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.OrganisationNumber;

/**
 * Point 1 of Bilaga 1, checked the same way on both documents.
 */
final class ContactValidation {

	private ContactValidation() {
	}

	static ContactDetails validate(String recipient, String organisationNumber, String contactPerson, String postalAddress,
			String phone, String fax, String email, FieldErrors errors) {
		Validation.required(errors, "recipient", recipient, 200);
		if (FieldRules.isBlank(organisationNumber)) {
			errors.add("organisationNumber", "grants.validation.required");
		}
		else if (!FieldRules.isOrganisationNumber(organisationNumber)) {
			errors.add("organisationNumber", "grants.validation.organisationNumber");
		}
		Validation.required(errors, "contactPerson", contactPerson, 200);
		Validation.required(errors, "postalAddress", postalAddress, 400);
		Validation.phone(errors, "phone", phone, true);
		Validation.phone(errors, "fax", fax, false);
		Validation.email(errors, "email", email, true);
		if (!errors.isEmpty()) {
			return null;
		}
		return new ContactDetails(recipient.trim(), new OrganisationNumber(organisationNumber).value(), contactPerson.trim(),
				postalAddress.trim(), phone.trim(), FieldRules.trimmed(fax), email.trim());
	}
}
