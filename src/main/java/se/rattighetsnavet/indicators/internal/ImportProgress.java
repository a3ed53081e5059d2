package se.rattighetsnavet.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.indicators.ImportReport.ImportError;
import se.rattighetsnavet.indicators.ImportReport.Status;

/**
 * The counters of one running import. Written by the import thread, read by whoever polls, hence synchronized.
 * Keeps the first {@value #MAX_ERRORS} rejections in full; the count covers them all.
 */
final class ImportProgress {

	static final int MAX_ERRORS = 200;

	private final UUID id;
	private final String format;
	private final String source;
	private final boolean acceptValid;
	private final List<ImportError> errors = new ArrayList<>();
	private Status status = Status.RUNNING;
	private long rowsRead;
	private long accepted;
	private long inserted;
	private long updated;
	private long unchanged;
	private long rejected;
	private String message;

	ImportProgress(UUID id, String format, String source, boolean acceptValid) {
		this.id = id;
		this.format = format;
		this.source = source;
		this.acceptValid = acceptValid;
	}

	/** Forgets what was counted, for running the same import again from the start. */
	synchronized void restart() {
		errors.clear();
		rowsRead = 0;
		accepted = 0;
		inserted = 0;
		updated = 0;
		unchanged = 0;
		rejected = 0;
	}

	synchronized void read() {
		rowsRead++;
	}

	synchronized void accepted() {
		accepted++;
	}

	synchronized void reject(String line, String reason) {
		rejected++;
		if (errors.size() < MAX_ERRORS) {
			errors.add(new ImportError(line, reason));
		}
	}

	synchronized void counted(long insertedRows, long updatedRows, long unchangedRows) {
		inserted += insertedRows;
		updated += updatedRows;
		unchanged += unchangedRows;
	}

	/** Merging the staged values: every accepted row is new, changed or the same as before. */
	synchronized void merged(long insertedRows, long updatedRows) {
		counted(insertedRows, updatedRows, accepted - insertedRows - updatedRows);
		accepted = 0;
	}

	/**
	 * Whether the staged rows may be committed. A file with rejected rows is all-or-nothing unless the importer asked to
	 * keep the valid rows ({@code acceptValid}).
	 */
	synchronized boolean mayCommit() {
		return rejected == 0 || acceptValid;
	}

	synchronized void done() {
		status = Status.DONE;
		if (rejected > 0) {
			message = rejected + " rader avvisades; de giltiga raderna sparades (acceptValid=true).";
		}
	}

	synchronized void refused() {
		status = Status.FAILED;
		inserted = 0;
		updated = 0;
		unchanged = 0;
		message = "Inget sparades: " + rejected + " rader avvisades. Rätta filen, eller importera den igen med acceptValid=true"
				+ " för att spara de giltiga raderna.";
	}

	synchronized void failed(String reason) {
		status = Status.FAILED;
		inserted = 0;
		updated = 0;
		unchanged = 0;
		message = "Inget sparades: " + reason;
	}

	synchronized long rejected() {
		return rejected;
	}

	synchronized ImportReport report() {
		return new ImportReport(id, format, source, status, acceptValid, rowsRead, inserted, updated, unchanged, rejected, errors,
				message);
	}
}
