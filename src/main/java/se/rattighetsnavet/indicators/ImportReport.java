package se.rattighetsnavet.indicators;

import java.util.List;
import java.util.UUID;

/**
 * Progress and outcome of one import. While {@code RUNNING} the counters grow; {@code rejected} rows are listed in
 * {@code errors} (the first 200) with their line and reason.
 */
public record ImportReport(UUID id, String format, String source, Status status, boolean acceptValid, long rowsRead,
		long inserted, long updated, long unchanged, long rejected, List<ImportError> errors, String message) {

	public enum Status {
		RUNNING, DONE, FAILED
	}

	/** One rejected row: its line in the file (or page:line for paged sources) and why. */
	public record ImportError(String line, String message) {
	}

	public ImportReport {
		errors = List.copyOf(errors);
	}
}
