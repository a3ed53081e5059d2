package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.grants.PaymentAccountType;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.platform.FieldErrors;

class RequisitionValidatorTests {

	private static final IntFunction<BigDecimal> NOTHING_REQUESTED = year -> BigDecimal.ZERO;

	@Test
	void acceptsACompleteRequisitionAndParsesSwedishAmounts() {
		ValidRequisition valid = RequisitionValidator.validate(Fixtures.requisition("2 999 999,50"), Fixtures.OK2017, NOTHING_REQUESTED);
		assertThat(valid.amount()).isEqualByComparingTo("2999999.50");
		assertThat(valid.year()).isEqualTo(2017);
		assertThat(valid.accountType()).isEqualTo(PaymentAccountType.BANKGIRO);
		assertThat(valid.account()).isEqualTo("5050-1055");
		assertThat(valid.contact().fax()).isNull();
	}

	@Test
	void refusesAnAmountAboveWhatIsLeftOfTheYearsGrant() {
		assertThat(fields(Fixtures.requisition("3 000 000,01"), NOTHING_REQUESTED)).containsEntry("amount", "grants.validation.exceedsGrant");
		assertThat(fields(Fixtures.requisition("1 000 001"), year -> new BigDecimal("2000000"))).containsKey("amount");
		RequisitionValidator.validate(Fixtures.requisition("1 000 000"), Fixtures.OK2017, year -> new BigDecimal("2000000"));
	}

	@Test
	void refusesAmountsThatAreNotPositiveKronor() {
		assertThat(fields(Fixtures.requisition("0"), NOTHING_REQUESTED)).containsEntry("amount", "grants.validation.amount");
		assertThat(fields(Fixtures.requisition("100,001"), NOTHING_REQUESTED)).containsEntry("amount", "grants.validation.amount");
	}

	@Test
	void periodMustLieInsideTheAgreement() {
		RequisitionInput early = with(Fixtures.requisition("100"), "periodFrom", "2017-05-31");
		assertThat(fields(early, NOTHING_REQUESTED)).containsEntry("periodFrom", "grants.validation.periodOutsideAgreement");
		RequisitionInput late = with(Fixtures.requisition("100"), "periodTo", "2019-01-01");
		assertThat(fields(late, NOTHING_REQUESTED)).containsEntry("periodTo", "grants.validation.periodOutsideAgreement");
		RequisitionInput reversed = with(Fixtures.requisition("100"), "periodTo", "2017-06-30");
		assertThat(fields(reversed, NOTHING_REQUESTED)).containsEntry("periodTo", "grants.validation.periodOrder");
	}

	@Test
	void periodMustStartInAFundedYear() {
		RequisitionInput unfunded = with(Fixtures.requisition("100"), "periodFrom", "2018-01-01");
		assertThat(fields(unfunded, NOTHING_REQUESTED)).containsEntry("periodFrom", "grants.validation.noFunding");
	}

	@Test
	void checksEveryFieldOfBilaga1AtOnce() {
		RequisitionInput bad = new RequisitionInput(17L, " ", "222000-0316", "", "", "123", "12", "not-an-address", "", "", "", "",
				"2017-13-01", "", "SWISH", "5050-1055", null);
		assertThat(fields(bad, NOTHING_REQUESTED)).containsOnlyKeys("recipient", "organisationNumber", "contactPerson",
				"postalAddress", "phone", "fax", "email", "agreementFileNumber", "paymentDecisionFileNumber", "agreementName", "amount",
				"periodFrom", "periodTo", "paymentAccountType");
	}

	@Test
	void checksTheAccountAgainstItsKind() {
		assertThat(fields(with(Fixtures.requisition("100"), "paymentAccount", "5050-1056"), NOTHING_REQUESTED))
			.containsEntry("paymentAccount", "grants.validation.bankgiro");
		RequisitionInput plusgiro = with(with(Fixtures.requisition("100"), "paymentAccountType", "PLUSGIRO"), "paymentAccount", "123456-7");
		assertThat(fields(plusgiro, NOTHING_REQUESTED)).containsEntry("paymentAccount", "grants.validation.plusgiro");
		RequisitionInput validPlusgiro = with(plusgiro, "paymentAccount", "1234566");
		assertThat(RequisitionValidator.validate(validPlusgiro, Fixtures.OK2017, NOTHING_REQUESTED).account()).isEqualTo("123456-6");
	}

	@Test
	void requiresAnAgreement() {
		assertThatThrownBy(() -> RequisitionValidator.validate(Fixtures.requisition("100"), null, NOTHING_REQUESTED))
			.isInstanceOf(FieldErrors.class);
	}

	static java.util.Map<String, String> fields(RequisitionInput input, IntFunction<BigDecimal> requested) {
		FieldErrors errors = catchThrowableOfType(FieldErrors.class,
				() -> RequisitionValidator.validate(input, Fixtures.OK2017, requested));
		assertThat(errors).as("validation errors").isNotNull();
		java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
		errors.errors().forEach(e -> byField.putIfAbsent(e.field(), e.messageKey()));
		return byField;
	}

	static RequisitionInput with(RequisitionInput i, String field, String value) {
		return new RequisitionInput(i.agreementId(), i.recipient(), i.organisationNumber(), i.contactPerson(), i.postalAddress(),
				i.phone(), i.fax(), i.email(), i.agreementFileNumber(), i.paymentDecisionFileNumber(), i.agreementName(), i.amount(),
				field.equals("periodFrom") ? value : i.periodFrom(), field.equals("periodTo") ? value : i.periodTo(),
				field.equals("paymentAccountType") ? value : i.paymentAccountType(),
				field.equals("paymentAccount") ? value : i.paymentAccount(), i.paymentReference());
	}
}
