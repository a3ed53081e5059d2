package se.rattighetsnavet.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates of the programme are calendar dates in Sweden.
 */
public final class Dates {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private Dates() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(STOCKHOLM));
	}
}
