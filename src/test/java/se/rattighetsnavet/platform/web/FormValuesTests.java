package se.rattighetsnavet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.rattighetsnavet.platform.FieldErrors;

class FormValuesTests {

	@Test
	void readsAnIsoDate() {
		FieldErrors errors = new FieldErrors();
		assertThat(FormValues.date("heldOn", " 2026-03-15 ", "k", errors)).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(errors.isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void anEmptyDateIsNoDateAndNoError(String text) {
		FieldErrors errors = new FieldErrors();
		assertThat(FormValues.date("heldOn", text, "k", errors)).isNull();
		assertThat(FormValues.date("heldOn", null, "k", errors)).isNull();
		assertThat(errors.isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-45", "2026-02-30", "igår", "15/3/2026", "2026-3-5", "20260315" })
	void aMistypedDateIsAnErrorOnItsField(String text) {
		FieldErrors errors = new FieldErrors();
		assertThat(FormValues.date("heldOn", text, "agreements.validation.date", errors)).isNull();
		assertThat(errors.errors()).containsExactly(new FieldErrors.FieldError("heldOn", "agreements.validation.date", java.util.List.of()));
	}

	@Test
	void readsWholeNumbersWithSpaces() {
		FieldErrors errors = new FieldErrors();
		assertThat(FormValues.wholeNumber("employees", "1 200", "k", errors)).isEqualTo(1200);
		assertThat(FormValues.wholeNumber("employees", "1\u00a0200", "k", errors)).isEqualTo(1200);
		assertThat(FormValues.wholeNumber("position", "-3", "k", errors)).isEqualTo(-3);
		assertThat(FormValues.wholeNumber("position", "", "k", errors)).isNull();
		assertThat(errors.isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tolv", "1,5", "1.5", "1e3", "99999999999", "--1" })
	void aMistypedNumberIsAnErrorOnItsField(String text) {
		FieldErrors errors = new FieldErrors();
		assertThat(FormValues.wholeNumber("employees", text, "knowledge.number", errors)).isNull();
		assertThat(errors.errors()).extracting(FieldErrors.FieldError::field).containsExactly("employees");
	}
}
