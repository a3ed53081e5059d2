package se.rattighetsnavet.agreements.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes deadlines as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, text escaped, one all-day event per deliverable with a UID that never changes.
 */
public final class IcsCalendar {

	public record Event(long deliverableId, LocalDate date, String summary, String description, String url) {
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private IcsCalendar() {
	}

	public static String write(String name, List<Event> events, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Rattighetsnavet//Agreements//SV");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		line(out, "X-WR-TIMEZONE:Europe/Stockholm");
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:deliverable-" + event.deliverableId() + "@rattighetsnavet.se");
			line(out, "DTSTAMP:" + STAMP.format(now));
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** TEXT escaping of RFC 5545 section 3.3.11. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line folded so that no physical line exceeds 75 octets. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
