package se.rattighetsnavet.indicators.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import se.rattighetsnavet.indicators.Kpi;

/**
 * One import on one connection and one transaction. Values of KPIs that have values already stream through {@code COPY}
 * into a temporary staging table and are merged at the end with {@code INSERT … ON CONFLICT DO UPDATE … WHERE} the stored
 * value differs, so a repeated import writes nothing. Values of KPIs that had none when the import began have nothing to
 * merge with, so they are copied straight into the values table (a first load writes each row once instead of twice);
 * a key repeated within the file then fails the copy with {@link RepeatedKey} and the import is run again, all staged.
 * Imports take a transaction lock, so no other import adds values meanwhile. Rolled back unless {@link #commit()} is
 * called, so nothing is ever half-written.
 */
final class ImportSession implements ImportSink, AutoCloseable {

	private static final int FLUSH_AT = 1 << 18;
	private static final long IMPORT_LOCK = 0x1d1ca7025L;

	private final Connection connection;
	private final RowCheck check;
	private final ImportProgress progress;
	private final Map<String, Integer> kpiNumbers = new HashMap<>();
	private final boolean copyNewDirectly;
	/** Per KPI met in the file: whether it had no values when first met (so its values are copied straight in). */
	private final Map<Integer, Boolean> withoutValues = new HashMap<>();
	private final CopyRows staged = new CopyRows(FLUSH_AT + 1024);
	private final CopyRows direct = new CopyRows(FLUSH_AT + 1024);
	private final MetadataWriter metadata;
	private CopyIn copy;
	private CopyRows copying;
	private boolean staging;
	private long copiedDirectly;

	/** @param copyNewDirectly whether values of KPIs without values may bypass staging (see the class comment) */
	ImportSession(Connection connection, RowCheck check, ImportProgress progress, boolean copyNewDirectly) throws SQLException {
		this.connection = connection;
		this.check = check;
		this.progress = progress;
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// an import is all or nothing and can be repeated, so its commit need not wait for the WAL flush; this
			// transaction only, and a crash can lose only the import, never leave it half-written
			statement.execute("SET LOCAL synchronous_commit = off");
			statement.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, num FROM indicators_kpi")) {
			while (rows.next()) {
				kpiNumbers.put(rows.getString(1), rows.getInt(2));
			}
		}
		this.copyNewDirectly = copyNewDirectly;
		this.metadata = new MetadataWriter(connection, progress);
	}

	@Override
	public void value(ValueRow row, String line) {
		progress.read();
		String kpi = row.kpi() == null ? "" : row.kpi().toUpperCase(java.util.Locale.ROOT);
		Integer number = kpiNumbers.get(kpi);
		String refusal = check.refusal(row, number != null);
		if (refusal != null) {
			progress.reject(line, refusal);
			return;
		}
		progress.accepted();
		CopyRows buffer = copyNewDirectly && hasNoValues(number) ? direct : staged;
		buffer.add(number, row.geo(), row.year(), row.gender(), row.value(), row.count(), row.status());
		if (buffer.size() >= FLUSH_AT) {
			flush(buffer);
		}
	}

	private boolean hasNoValues(int kpi) {
		Boolean known = withoutValues.get(kpi);
		if (known != null) {
			return known;
		}
		endCopy();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT NOT EXISTS (SELECT 1 FROM indicators_value WHERE kpi = ?)")) {
			statement.setInt(1, kpi);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				withoutValues.put(kpi, result.getBoolean(1));
				return result.getBoolean(1);
			}
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	@Override
	public void kpi(Kpi kpi, String line) {
		progress.read();
		endCopy();
		boolean isNew = !kpiNumbers.containsKey(kpi.id());
		int number = metadata.kpi(kpi);
		kpiNumbers.put(kpi.id(), number);
		if (isNew) {
			withoutValues.put(number, true);
		}
	}

	@Override
	public void group(String id, String title, String parent, String line) {
		progress.read();
		endCopy();
		metadata.group(id, title, parent);
	}

	@Override
	public void member(String groupId, String kpiId, String line) {
		progress.read();
		endCopy();
		if (!metadata.member(groupId, kpiId)) {
			progress.reject(line, "Okänd nyckeltalsgrupp " + groupId + " (importera grupperna först)");
		}
	}

	@Override
	public void organisation(String id, String line) {
		progress.read();
		if (check.knowsOrganisation(id)) {
			progress.counted(0, 0, 1);
		}
		else {
			progress.reject(line, "Okänd organisation " + id);
		}
	}

	@Override
	public void reject(String line, String reason) {
		progress.read();
		progress.reject(line, reason);
	}

	/** Merges the staged values and commits, or rolls back when the file had rejected rows and may not be kept. */
	boolean commit() throws SQLException {
		endCopy();
		if (!progress.mayCommit()) {
			connection.rollback();
			return false;
		}
		long inserted = copiedDirectly;
		long updated = 0;
		if (staging) {
			long[] merged = merge();
			inserted += merged[0];
			updated = merged[1];
		}
		progress.merged(inserted, updated);
		connection.commit();
		return true;
	}

	/** @return the rows inserted and updated */
	private long[] merge() throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			return mergeFrom("SELECT kpi, geo, year, gender, value, count, status FROM indicators_staging");
		}
		catch (SQLException ex) {
			if (!"21000".equals(ex.getSQLState())) {
				throw ex;
			}
			// the same value twice in one file: the last one wins
			connection.rollback(savepoint);
			return mergeFrom("SELECT DISTINCT ON (kpi, geo, year, gender) kpi, geo, year, gender, value, count, status"
					+ " FROM indicators_staging ORDER BY kpi, geo, year, gender, ctid DESC");
		}
	}

	private long[] mergeFrom(String source) throws SQLException {
		String sql = "WITH merged AS (INSERT INTO indicators_value AS v (kpi, geo, year, gender, value, count, status) " + source
				+ " ON CONFLICT (kpi, geo, year, gender) DO UPDATE SET value = EXCLUDED.value, count = EXCLUDED.count,"
				+ " status = EXCLUDED.status WHERE (v.value, v.count, v.status) IS DISTINCT FROM"
				+ " (EXCLUDED.value, EXCLUDED.count, EXCLUDED.status) RETURNING (xmax = 0) AS inserted)"
				+ " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged";
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
			result.next();
			return new long[] { result.getLong(1), result.getLong(2) };
		}
	}

	private void flush(CopyRows buffer) {
		try {
			if (copying != buffer) {
				closeCopy();
				copy = connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("COPY " + target(buffer) + " " + CopyRows.COLUMNS + " FROM STDIN (FORMAT binary)");
				CopyRows.start(copy);
				copying = buffer;
			}
			buffer.sendTo(copy);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	private String target(CopyRows buffer) throws SQLException {
		if (buffer == direct) {
			return "indicators_value";
		}
		if (!staging) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TEMP TABLE indicators_staging (kpi integer, geo char(4), year smallint,"
						+ " gender char(1), value double precision, count integer, status text) ON COMMIT DROP");
			}
			staging = true;
		}
		return "indicators_staging";
	}

	/** Sends everything buffered and closes the copy, so another statement can run on the connection. */
	private void endCopy() {
		for (CopyRows buffer : new CopyRows[] { staged, direct }) {
			if (buffer.size() > 0) {
				flush(buffer);
			}
		}
		try {
			closeCopy();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	private void closeCopy() throws SQLException {
		if (copy == null) {
			return;
		}
		try {
			copying.sendTo(copy);
			CopyRows.finish(copy);
			long rows = copy.endCopy();
			if (copying == direct) {
				copiedDirectly += rows;
			}
		}
		finally {
			copy = null;
			copying = null;
		}
	}

	private RuntimeException failure(SQLException ex) {
		if ("23505".equals(ex.getSQLState())) {
			return new RepeatedKey();
		}
		return new ImportFailure("Kunde inte skriva till databasen: " + ex.getMessage(), ex);
	}

	/** A value's key occurs twice among the directly copied rows; the import must run again with staging only. */
	static final class RepeatedKey extends RuntimeException {

		RepeatedKey() {
			super("A key occurs twice in the file", null, false, false);
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			if (copy != null && copy.isActive()) {
				copy.cancelCopy();
			}
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		finally {
			connection.setAutoCommit(true);
			connection.close();
		}
	}
}
