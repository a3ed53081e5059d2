package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's political decision to commit to the platform, with the PDF extract of the minutes.
 */
public record NewMembership(String organisationCode, String decisionBody, LocalDate decisionDate, String minuteReference,
		String extractName, byte[] extractPdf, List<ContactPerson> contacts) {

	public static final int MAX_EXTRACT_BYTES = 20 * 1024 * 1024;
}
