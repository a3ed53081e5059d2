package se.rattighetsnavet.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class IcsCalendarTests {

	@Test
	void linesEndInCrlfAndAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
		String summary = "Återbetalning av ej förbrukade medel; slutlig ekonomisk redovisning, ÅÄÖ åäö ".repeat(4);
		String ics = IcsCalendar.write("Tidsfrister", List.of(new IcsCalendar.Event(7, LocalDate.of(2017, 9, 1), summary, "rad 1\nrad 2",
				"https://example.se/avtal/leveranser/7")), Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + IcsCalendar.escape(summary) + "\r\n")
			.contains("UID:deliverable-7@rattighetsnavet.se\r\n")
			.contains("DTSTART;VALUE=DATE:20170901\r\n")
			.contains("DTEND;VALUE=DATE:20170902\r\n")
			.contains("DTSTAMP:20260102T030405Z\r\n")
			.contains("DESCRIPTION:rad 1\\nrad 2\r\n");
	}

	@Test
	void escapesTextAsRfc5545Says() {
		assertThat(IcsCalendar.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
	}
}
