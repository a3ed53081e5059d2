package se.rattighetsnavet.recommendations;

import java.util.List;
import java.util.UUID;

/**
 * The state of one import: while running, {@code rowsRead} and {@code progressPercent} move on. {@code updated} counts
 * stored rows whose monitoring-body fields had changed at the source.
 */
public record ImportResult(UUID id, String format, String filename, Status status, long rowsRead, long created, long updated,
		long unchanged,
		long rejected, List<RowError> errors, int progressPercent) {

	public enum Status {
		RUNNING, DONE, FAILED
	}

	/** A rejected row: its line number in the file (0 for the file as a whole) and why. */
	public record RowError(long line, String message) {
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}
