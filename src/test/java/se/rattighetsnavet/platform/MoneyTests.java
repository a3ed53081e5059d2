package se.rattighetsnavet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "1 234 567,89;1234567.89", "3 000 000 kr;3000000.00", "4000000;4000000.00",
			"12.5;12.50", "0,01;0.01", "1\u00a0000,00;1000.00" })
	void readsSwedishAmounts(String text, String expected) {
		assertThat(Money.parse(text)).contains(new BigDecimal(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,234", "12.345", "1.000,00", "ett", "", "1e6" })
	void refusesWhatIsNotAnAmountWithTwoDecimals(String text) {
		assertThat(Money.parse(text)).isEmpty();
	}

	@Test
	void formatsWithSwedishGrouping() {
		assertThat(Money.format(new BigDecimal("4000000.00"), Money.SWEDISH)).isEqualTo("4\u00a0000\u00a0000,00 kr");
		assertThat(Money.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50 SEK");
	}
}
