package se.rattighetsnavet.grants;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The scan of a document signed in original by an authorised representative: who signed, when, and who uploaded it.
 */
public record SignedOriginal(long id, String signedBy, LocalDate signedOn, String filename, String contentType, String uploadedBy,
		Instant uploadedAt) {
}
