package se.rattighetsnavet.indicators.internal;

import java.nio.charset.StandardCharsets;
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
 * One import on one connection and one transaction: values stream through {@code COPY} into a temporary staging table
 * and are merged at the end with {@code INSERT … ON CONFLICT DO UPDATE … WHERE} the stored value differs, so a repeated
 * import writes nothing. Rolled back unless {@link #commit()} is called, so nothing is ever half-written.
 */
final class ImportSession implements ImportSink, AutoCloseable {

	private static final int FLUSH_AT = 1 << 18;

	private final Connection connection;
	private final RowCheck check;
	private final ImportProgress progress;
	private final Map<String, Integer> kpiNumbers = new HashMap<>();
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
	private final MetadataWriter metadata;
	private CopyIn copy;
	private boolean staging;

	ImportSession(Connection connection, RowCheck check, ImportProgress progress) throws SQLException {
		this.connection = connection;
		this.check = check;
		this.progress = progress;
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// an import is all or nothing and can be repeated, so its commit need not wait for the WAL flush; this
			// transaction only, and a crash can lose only the import, never leave it half-written
			statement.execute("SET LOCAL synchronous_commit = off");
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, num FROM indicators_kpi")) {
			while (rows.next()) {
				kpiNumbers.put(rows.getString(1), rows.getInt(2));
			}
		}
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
		buffer.append(number).append('\t').append(row.geo()).append('\t').append(row.year()).append('\t').append(row.gender())
			.append('\t').append(row.value() == null ? "\\N" : row.value().toString())
			.append('\t').append(row.count() == null ? "\\N" : row.count().toString())
			.append('\t').append(row.status() == null ? "\\N" : escape(row.status())).append('\n');
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	@Override
	public void kpi(Kpi kpi, String line) {
		progress.read();
		endCopy();
		kpiNumbers.put(kpi.id(), metadata.kpi(kpi));
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
		if (staging) {
			merge();
		}
		connection.commit();
		return true;
	}

	private void merge() throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			mergeFrom("SELECT kpi, geo, year, gender, value, count, status FROM indicators_staging");
		}
		catch (SQLException ex) {
			if (!"21000".equals(ex.getSQLState())) {
				throw ex;
			}
			// the same value twice in one file: the last one wins
			connection.rollback(savepoint);
			mergeFrom("SELECT DISTINCT ON (kpi, geo, year, gender) kpi, geo, year, gender, value, count, status"
					+ " FROM indicators_staging ORDER BY kpi, geo, year, gender, ctid DESC");
		}
	}

	private void mergeFrom(String source) throws SQLException {
		String sql = "WITH merged AS (INSERT INTO indicators_value AS v (kpi, geo, year, gender, value, count, status) " + source
				+ " ON CONFLICT (kpi, geo, year, gender) DO UPDATE SET value = EXCLUDED.value, count = EXCLUDED.count,"
				+ " status = EXCLUDED.status WHERE (v.value, v.count, v.status) IS DISTINCT FROM"
				+ " (EXCLUDED.value, EXCLUDED.count, EXCLUDED.status) RETURNING (xmax = 0) AS inserted)"
				+ " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged";
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
			result.next();
			progress.merged(result.getLong(1), result.getLong(2));
		}
	}

	private void flush() {
		try {
			if (copy == null) {
				if (!staging) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("CREATE TEMP TABLE indicators_staging (kpi integer, geo char(4), year smallint,"
								+ " gender char(1), value double precision, count integer, status text) ON COMMIT DROP");
					}
					staging = true;
				}
				copy = connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("COPY indicators_staging (kpi, geo, year, gender, value, count, status) FROM STDIN");
			}
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
		catch (SQLException ex) {
			throw new ImportFailure("Kunde inte skriva till databasen: " + ex.getMessage(), ex);
		}
	}

	private void endCopy() {
		if (buffer.length() > 0) {
			flush();
		}
		if (copy != null) {
			try {
				copy.endCopy();
			}
			catch (SQLException ex) {
				throw new ImportFailure("Kunde inte skriva till databasen: " + ex.getMessage(), ex);
			}
			copy = null;
		}
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
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
