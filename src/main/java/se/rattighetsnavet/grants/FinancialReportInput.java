package se.rattighetsnavet.grants;

import java.util.List;

/**
 * A financial report as typed in the form or sent to the API. There is no field for the sum of costs or the unspent funds:
 * the module computes them. {@code year} defaults to the year the period starts in.
 */
public record FinancialReportInput(Long agreementId, String kind, String year, String recipient, String organisationNumber,
		String contactPerson, String postalAddress, String phone, String fax, String email, String agreementFileNumber,
		String paymentDecisionFileNumber, String agreementName, String totalGranted, String totalPaidOut, String periodFrom,
		String periodTo, String grantReceived, List<CostInput> costs, String cfoAttestation, String deviations, String measures,
		String cfoName, String cfoTitle, String cfoPhone, String cfoEmail, String cfoDate) {

	public FinancialReportInput {
		costs = costs == null ? List.of() : costs.stream().filter(c -> c != null && !c.isEmpty()).toList();
	}

	public record CostInput(String description, String amount) {

		boolean isEmpty() {
			return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
		}
	}
}
