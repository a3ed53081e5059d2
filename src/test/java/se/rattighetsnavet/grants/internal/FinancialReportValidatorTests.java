package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.grants.CfoAttestation;
import se.rattighetsnavet.grants.Cost;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportInput.CostInput;
import se.rattighetsnavet.platform.FieldErrors;

class FinancialReportValidatorTests {

	@Test
	void computesTheSumOfCostsAndTheUnspentFunds() {
		ValidReport valid = FinancialReportValidator.validate(Fixtures.report("CORRECT", null, null,
				new CostInput("Utbildning", "1 500 000"), new CostInput("Projektledning", "1 200 000,50"), new CostInput("", "")),
				Fixtures.OK2017);
		assertThat(valid.figures().totalCosts()).isEqualByComparingTo("2700000.50");
		assertThat(valid.figures().unspent()).isEqualByComparingTo("299999.50");
		assertThat(valid.figures().costs()).hasSize(2);
		assertThat(valid.year()).isEqualTo(2017);
		assertThat(valid.deviations()).isNull();
	}

	@Test
	void alternativeTwoRequiresDeviationsAndMeasures() {
		assertThat(fields(Fixtures.report("NOT_CORRECT", " ", null, new CostInput("Utbildning", "100"))))
			.containsEntry("deviations", "grants.validation.required")
			.containsEntry("measures", "grants.validation.required");
		ValidReport valid = FinancialReportValidator.validate(Fixtures.report("NOT_CORRECT", "Kostnader bokförda på fel år",
				"Rättelse i bokslutet", new CostInput("Utbildning", "100")), Fixtures.OK2017);
		assertThat(valid.attestation()).isEqualTo(CfoAttestation.NOT_CORRECT);
		assertThat(valid.measures()).isEqualTo("Rättelse i bokslutet");
	}

	@Test
	void costsAreZeroOrMoreAndDescribed() {
		assertThat(fields(Fixtures.report("CORRECT", null, null, new CostInput("Resor", "-1"), new CostInput("", "5"))))
			.containsEntry("costs[0].amount", "grants.validation.cost")
			.containsEntry("costs[1].description", "grants.validation.required");
		assertThat(fields(Fixtures.report("CORRECT", null, null))).containsEntry("costs", "grants.validation.costsRequired");
		FinancialReportValidator.validate(Fixtures.report("CORRECT", null, null, new CostInput("Resor", "0")), Fixtures.OK2017);
	}

	@Test
	void refusesAnUnknownAttestation() {
		assertThat(fields(Fixtures.report("MAYBE", null, null, new CostInput("Resor", "1"))))
			.containsEntry("cfoAttestation", "grants.validation.choice");
	}

	@Test
	void submissionNeedsTheCfosReview() {
		FinancialReportInput noCfo = new FinancialReportInput(17L, "FINAL", null, "SKR", "222000-0315", "Anna", "Box 1", "08-452 70 00",
				null, "a@skr.se", "Ku2017/01520/DISK", "Ku2017/02000/D", "Avtal", "3000000", "3000000", "2017-07-01", "2018-08-31",
				"3000000", List.of(new CostInput("Resor", "1")), null, null, null, null, null, null, null, null);
		ValidReport valid = FinancialReportValidator.validate(noCfo, Fixtures.OK2017);
		var report = new se.rattighetsnavet.grants.FinancialReport(1, 17, 2017, valid.kind(), se.rattighetsnavet.grants.ReportStatus.UTKAST,
				valid.contact(), "", "", "", valid.totalGranted(), valid.totalPaidOut(), valid.periodFrom(), valid.periodTo(),
				valid.figures().received(), List.<Cost>of(), valid.figures().totalCosts(), valid.figures().unspent(), null, null, null,
				valid.cfo(), null, null, null, "x", null, null, 0);
		FieldErrors errors = catchThrowableOfType(FieldErrors.class, () -> FinancialReportValidator.requireComplete(report));
		assertThat(errors.errors()).extracting(FieldErrors.FieldError::field)
			.containsExactly("cfoAttestation", "cfoName", "cfoTitle", "cfoPhone", "cfoEmail", "cfoDate");
	}

	private static Map<String, String> fields(FinancialReportInput input) {
		FieldErrors errors = catchThrowableOfType(FieldErrors.class, () -> FinancialReportValidator.validate(input, Fixtures.OK2017));
		assertThat(errors).isNotNull();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.errors().forEach(e -> byField.putIfAbsent(e.field(), e.messageKey()));
		return byField;
	}
}
