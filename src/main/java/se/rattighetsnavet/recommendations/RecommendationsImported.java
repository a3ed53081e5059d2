package se.rattighetsnavet.recommendations;

import java.util.UUID;

/** Published when an import has written recommendations to the register. */
public record RecommendationsImported(UUID importId, String format, long created, long unchanged) {
}
