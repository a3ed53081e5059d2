package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FieldRulesTests {

	@Test
	void organisationNumberNeedsTenDigitsAndItsCheckDigit() {
		assertThat(FieldRules.isOrganisationNumber("222000-0315")).isTrue();
		assertThat(FieldRules.isOrganisationNumber("2220000315")).isTrue();
		assertThat(FieldRules.isOrganisationNumber("222000-0316")).isFalse();
		assertThat(FieldRules.isOrganisationNumber("22200-0315")).isFalse();
	}

	@Test
	void bankgiroHasSevenOrEightDigitsWithModulus10() {
		assertThat(FieldRules.isBankgiro("5050-1055")).isTrue();
		assertThat(FieldRules.isBankgiro("123-4566")).isTrue();
		assertThat(FieldRules.isBankgiro("50501055")).isTrue();
		assertThat(FieldRules.isBankgiro("5050-1056")).as("wrong check digit").isFalse();
		assertThat(FieldRules.isBankgiro("12-4566")).as("too short").isFalse();
		assertThat(FieldRules.isBankgiro("12345-6789")).as("too long").isFalse();
		assertThat(FieldRules.isBankgiro("5050 1055x")).isFalse();
	}

	@Test
	void plusgiroHasTwoToEightDigitsWithModulus10() {
		assertThat(FieldRules.isPlusgiro("1-8")).isTrue();
		assertThat(FieldRules.isPlusgiro("123456-6")).isTrue();
		assertThat(FieldRules.isPlusgiro("1234567-4")).isTrue();
		assertThat(FieldRules.isPlusgiro("123456-7")).as("wrong check digit").isFalse();
		assertThat(FieldRules.isPlusgiro("8")).as("one digit").isFalse();
		assertThat(FieldRules.isPlusgiro("12345678-9")).as("nine digits").isFalse();
	}

	@Test
	void accountsAreWrittenTheUsualWay() {
		assertThat(FieldRules.normaliseAccount(true, "50501055")).isEqualTo("5050-1055");
		assertThat(FieldRules.normaliseAccount(true, "1234566")).isEqualTo("123-4566");
		assertThat(FieldRules.normaliseAccount(false, "1234566")).isEqualTo("123456-6");
	}

	@Test
	void swedishPhoneNumbersNeedTheAreaCode() {
		assertThat(FieldRules.isSwedishPhone("08-452 70 00")).isTrue();
		assertThat(FieldRules.isSwedishPhone("+46 8 452 70 00")).isTrue();
		assertThat(FieldRules.isSwedishPhone("070-123 45 67")).isTrue();
		assertThat(FieldRules.isSwedishPhone("452 70 00")).as("no area code").isFalse();
		assertThat(FieldRules.isSwedishPhone("08-452 70 00 00 00")).as("too long").isFalse();
		assertThat(FieldRules.isSwedishPhone("+47 22 00 00 00")).as("not Swedish").isFalse();
		assertThat(FieldRules.isSwedishPhone("08-CALL-ME")).isFalse();
	}

	@Test
	void emailNeedsAnAddressAndADomain() {
		assertThat(FieldRules.isEmail("ekonomi@skr.se")).isTrue();
		assertThat(FieldRules.isEmail("ekonomi@skr")).isFalse();
		assertThat(FieldRules.isEmail("ekonomi skr.se")).isFalse();
	}

	@Test
	void amountsArePositiveKronorWithAtMostTwoDecimals() {
		assertThat(FieldRules.positiveAmount("1 234 567,89")).contains(new BigDecimal("1234567.89"));
		assertThat(FieldRules.positiveAmount("3000000")).contains(new BigDecimal("3000000.00"));
		assertThat(FieldRules.positiveAmount("0")).isEmpty();
		assertThat(FieldRules.positiveAmount("-5")).isEmpty();
		assertThat(FieldRules.positiveAmount("12,345")).as("three decimals").isEmpty();
		assertThat(FieldRules.positiveAmount("tre miljoner")).isEmpty();
	}

	@Test
	void costsMayBeZeroButNotNegative() {
		assertThat(FieldRules.nonNegativeAmount("0")).contains(new BigDecimal("0.00"));
		assertThat(FieldRules.nonNegativeAmount("250 000,50")).contains(new BigDecimal("250000.50"));
		assertThat(FieldRules.nonNegativeAmount("-1")).isEmpty();
	}

	@Test
	void datesAreIso() {
		assertThat(FieldRules.date("2017-11-01")).isPresent();
		assertThat(FieldRules.date("1/11 2017")).isEmpty();
		assertThat(FieldRules.date("2017-02-30")).isEmpty();
	}
}
