package se.rattighetsnavet.indicators;

import java.util.UUID;

/** An import finished and its values were committed. */
public record ImportCompleted(UUID importId, long inserted, long updated) {
}
