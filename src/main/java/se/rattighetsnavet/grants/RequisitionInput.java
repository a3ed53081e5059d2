package se.rattighetsnavet.grants;

/**
 * A requisition as typed in the form or sent to the API: text, validated and parsed by the module before anything is stored.
 * {@code recipient} (bidragsmottagare) defaults to the name of the organisation with the given organisationsnummer.
 */
public record RequisitionInput(Long agreementId, String recipient, String organisationNumber, String contactPerson,
		String postalAddress, String phone, String fax, String email, String agreementFileNumber, String paymentDecisionFileNumber,
		String agreementName, String amount, String periodFrom, String periodTo, String paymentAccountType, String paymentAccount,
		String paymentReference) {
}
