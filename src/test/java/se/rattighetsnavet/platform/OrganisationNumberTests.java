package se.rattighetsnavet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "222000-0315", "2220000315", "202100-0829", "212000-0142", " 202100-3831 " })
	void acceptsValidNumbers(String text) {
		assertThat(OrganisationNumber.isValid(text)).isTrue();
		assertThat(new OrganisationNumber(text).value()).matches("\\d{6}-\\d{4}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "222000-0316", "22200-00315", "222000-031", "abcdef-ghij", "", "191212-1212", "222000 0315" })
	void rejectsInvalidNumbers(String text) {
		assertThat(OrganisationNumber.isValid(text)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "79927398713", "5555555555554444", "4111111111111111" })
	void luhnAcceptsKnownChecksums(String digits) {
		assertThat(Luhn.isValid(digits)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "79927398710", "1234", "12a4", "" })
	void luhnRejectsWrongChecksums(String digits) {
		assertThat(Luhn.isValid(digits)).isFalse();
	}
}
