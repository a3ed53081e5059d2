package se.rattighetsnavet.recommendations.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams one file into a temporary staging table with COPY, then moves the new rows into the register with
 * {@code INSERT … ON CONFLICT DO NOTHING} and brings changed ones up to date. The staging table computes the English
 * search vector while the rows stream in, so the database tokenises one batch while the application parses the next;
 * imported rows have no Swedish summary, so their Swedish vector is empty. A key repeated within the file counts once
 * (the first row wins). Runs inside the caller's transaction: rolling it back writes nothing.
 */
final class ImportJob {

	static final int MAX_ERRORS = 1000;
	private static final int BATCH = 1024;
	/** The second thread for suggestions; the import itself runs one at a time. */
	private static final ExecutorService SUGGESTING = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "recommendations-suggest");
		thread.setDaemon(true);
		return thread;
	});

	private record Staged(long line, ParsedRow row) {
	}

	private record Suggested(List<Integer> goals, List<String> groups) {
	}

	private static final String STAGING_COLUMNS = "line, natural_key, source, body, symbol, document_date, session, cycle, state,"
			+ " recommending_states, text, response, action_category, themes, groups, suggested_groups, sdg_targets, sdg_goals,"
			+ " suggested_sdg_goals";
	private static final String COLUMNS = STAGING_COLUMNS.substring("line, ".length());
	/** What the monitoring body's file says and a re-import may bring up to date. */
	private static final List<String> SOURCE_FIELDS = List.of("body", "symbol", "document_date", "session", "cycle", "state",
			"recommending_states", "text", "response", "action_category", "themes", "sdg_targets");

	/** Where the job reports how far it has come and what it rejected. */
	interface Listener {
		void progress(long rowsRead, long bytesRead);

		void rejected(long line, String key, Object... args);
	}

	record Outcome(long rowsRead, long valid, long rejected) {
	}

	/** The whole file is refused (wrong columns, wrong encoding). */
	static final class FileRejected extends Exception {
		final String key;
		final transient Object[] args;

		FileRejected(String key, Object... args) {
			super(key, null, false, false);
			this.key = key;
			this.args = args;
		}
	}

	private final DataSource dataSource;
	private final RowParser parser;
	private final SdgSuggester sdgSuggester;
	private final GroupSuggester groupSuggester;

	ImportJob(DataSource dataSource, RowParser parser, SdgSuggester sdgSuggester, GroupSuggester groupSuggester) {
		this.dataSource = dataSource;
		this.parser = parser;
		this.sdgSuggester = sdgSuggester;
		this.groupSuggester = groupSuggester;
	}

	/** Stages every valid row; returns the counts. Call {@link #merge(UUID)} and {@link #update(UUID)} afterwards. */
	Outcome stage(InputStream in, CountingStream counter, Listener listener) throws IOException, SQLException, FileRejected {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (var statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE IF NOT EXISTS recommendations_staging (line bigint, natural_key text, source text,"
					+ " body text, symbol text, document_date date, session text, cycle text, state text, recommending_states text[],"
					+ " text text, response text, action_category smallint, themes text[], groups text[], suggested_groups text[],"
					+ " sdg_targets text[], sdg_goals smallint[], suggested_sdg_goals smallint[],"
					+ " search_en tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED) ON COMMIT DROP");
		}
		List<Staged> batch = new ArrayList<>(BATCH);
		Set<String> keys = new java.util.HashSet<>();
		long rowsRead = 0;
		long valid = 0;
		long rejected = 0;
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
		PGConnection pg = connection.unwrap(PGConnection.class);
		try (Reader reader = StrictUtf8.open(in);
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get();
				PGCopyOutputStream copy = new PGCopyOutputStream(pg, "COPY recommendations_staging (" + STAGING_COLUMNS
						+ ") FROM STDIN (FORMAT csv)", 1 << 16);
				Writer writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV)) {
			Pipeline pipeline = new Pipeline(printer);
			Set<String> header = new LinkedHashSet<>(csv.getHeaderNames());
			List<String> missing = parser.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
			if (!missing.isEmpty()) {
				throw new FileRejected("recommendations.import.error.columns", String.join(", ", missing),
						String.join(", ", parser.requiredColumns()));
			}
			Iterator<CSVRecord> records = csv.iterator();
			while (true) {
				long line = csv.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (java.io.UncheckedIOException ex) {
					if (ex.getCause() instanceof CharacterCodingException) {
						throw new FileRejected("recommendations.import.error.encoding", line);
					}
					throw new FileRejected("recommendations.import.error.csv", line, ex.getCause().getMessage());
				}
				catch (IllegalStateException ex) {
					throw new FileRejected("recommendations.import.error.csv", line, String.valueOf(ex.getMessage()));
				}
				rowsRead++;
				if (!record.isConsistent()) {
					rejected++;
					listener.rejected(line, "recommendations.import.error.columnCount", header.size(), record.size());
				}
				else {
					try {
						ParsedRow row = parser.parse(record);
						valid++;
						if (keys.add(row.naturalKey())) {
							batch.add(new Staged(line, row));
						}
						if (batch.size() == BATCH) {
							pipeline.hand(batch);
							batch = new ArrayList<>(BATCH);
						}
					}
					catch (RowRejected ex) {
						rejected++;
						listener.rejected(line, ex.key(), ex.args());
					}
				}
				if (rowsRead % 500 == 0) {
					listener.progress(rowsRead, counter.count());
				}
			}
			pipeline.hand(batch);
			pipeline.finish();
			listener.progress(rowsRead, counter.count());
		}
		catch (CharacterCodingException ex) {
			throw new FileRejected("recommendations.import.error.encoding", 1);
		}
		catch (StrictUtf8.NotUtf8Exception ex) {
			throw new FileRejected("recommendations.import.error.encoding", 1);
		}
		return new Outcome(rowsRead, valid, rejected);
	}

	/** Moves the staged rows into the register; returns how many were new. */
	long merge(UUID importId) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (var statement = connection.prepareStatement("INSERT INTO recommendations_recommendation (" + COLUMNS
				+ ", import_id, search_en, search_sv) SELECT " + COLUMNS + ", ?, search_en, ''::tsvector FROM recommendations_staging"
				+ " ON CONFLICT (natural_key) DO NOTHING")) {
			statement.setObject(1, importId);
			return statement.executeUpdate();
		}
	}

	/** A stored row brought up to date: its monitoring-body fields before and after. */
	record Updated(long id, Map<String, Object> before, Map<String, Object> after) {
	}

	/**
	 * Brings stored rows (not those this import created) up to date where the file's monitoring-body fields differ:
	 * the source owns them, while the programme office's own fields (summary, relevance, roles, confirmed labels) stay.
	 */
	List<Updated> update(UUID importId) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		String stored = SOURCE_FIELDS.stream().map(field -> "r." + field).collect(java.util.stream.Collectors.joining(", "));
		String staged = SOURCE_FIELDS.stream().map(field -> "s." + field).collect(java.util.stream.Collectors.joining(", "));
		String match = "r.natural_key = s.natural_key AND r.import_id IS DISTINCT FROM ? AND (" + stored + ") IS DISTINCT FROM ("
				+ staged + ")";
		List<Updated> updated = new ArrayList<>();
		try (var statement = connection.prepareStatement("SELECT r.id, " + stored + ", " + staged
				+ " FROM recommendations_recommendation r JOIN recommendations_staging s ON " + match + " ORDER BY r.id")) {
			statement.setObject(1, importId);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					Map<String, Object> before = new java.util.LinkedHashMap<>();
					Map<String, Object> after = new java.util.LinkedHashMap<>();
					for (int i = 0; i < SOURCE_FIELDS.size(); i++) {
						before.put(SOURCE_FIELDS.get(i), plain(rows.getObject(2 + i)));
						after.put(SOURCE_FIELDS.get(i), plain(rows.getObject(2 + SOURCE_FIELDS.size() + i)));
					}
					updated.add(new Updated(rows.getLong(1), before, after));
				}
			}
		}
		if (!updated.isEmpty()) {
			String set = SOURCE_FIELDS.stream().map(field -> field + " = s." + field).collect(java.util.stream.Collectors.joining(", "));
			try (var statement = connection.prepareStatement("UPDATE recommendations_recommendation r SET " + set
					+ ", version = r.version + 1 FROM recommendations_staging s WHERE " + match)) {
				statement.setObject(1, importId);
				statement.executeUpdate();
			}
		}
		return updated;
	}

	private static Object plain(Object value) throws SQLException {
		if (value instanceof java.sql.Array array) {
			return java.util.Arrays.asList((Object[]) array.getArray());
		}
		return value == null ? null : value instanceof Number || value instanceof String ? value : value.toString();
	}

	/**
	 * Hands each batch of parsed rows to the second thread for its suggestions (pure functions of the text) while this
	 * thread parses the next batch, and writes the rows to COPY in file order once their suggestions are ready, so the
	 * two threads and the database each work on a different batch at the same time.
	 */
	private final class Pipeline {

		private final CSVPrinter printer;
		private List<Staged> pendingBatch;
		private Future<Suggested[]> pending;

		Pipeline(CSVPrinter printer) {
			this.printer = printer;
		}

		void hand(List<Staged> batch) throws IOException {
			Future<Suggested[]> next = batch.isEmpty() ? null : SUGGESTING.submit(() -> suggest(batch));
			writePending();
			pendingBatch = batch;
			pending = next;
		}

		void finish() throws IOException {
			writePending();
			pendingBatch = null;
			pending = null;
		}

		private void writePending() throws IOException {
			if (pending == null) {
				return;
			}
			Suggested[] suggested;
			try {
				suggested = pending.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while suggesting", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("Suggestions failed", ex.getCause());
			}
			for (int i = 0; i < pendingBatch.size(); i++) {
				write(printer, pendingBatch.get(i).line(), pendingBatch.get(i).row(), suggested[i]);
			}
		}
	}

	private Suggested[] suggest(List<Staged> batch) {
		Suggested[] suggested = new Suggested[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			ParsedRow row = batch.get(i).row();
			boolean[] lexicon = row.sdgGoals().isEmpty() || row.groups().isEmpty() ? Lexicon.found(row.text()) : null;
			suggested[i] = new Suggested(row.sdgGoals().isEmpty() ? sdgSuggester.suggest(row.text(), lexicon) : List.of(),
					row.groups().isEmpty() ? groupSuggester.suggest(lexicon) : List.of());
		}
		return suggested;
	}

	private void write(CSVPrinter printer, long line, ParsedRow row, Suggested suggested) throws IOException {
		List<Integer> suggestedGoals = suggested.goals();
		List<String> suggestedGroups = suggested.groups();
		List<Object> cells = new ArrayList<>(19);
		cells.add(line);
		cells.add(row.naturalKey());
		cells.add(row.source());
		cells.add(row.body());
		cells.add(row.symbol());
		cells.add(row.documentDate());
		cells.add(row.session());
		cells.add(row.cycle());
		cells.add(row.state());
		cells.add(PgArrays.text(row.recommendingStates()));
		cells.add(row.text());
		cells.add(row.response());
		cells.add(row.actionCategory());
		cells.add(PgArrays.text(row.themes()));
		cells.add(PgArrays.text(row.groups()));
		cells.add(PgArrays.text(suggestedGroups));
		cells.add(PgArrays.text(row.sdgTargets()));
		cells.add(PgArrays.numbers(row.sdgGoals()));
		cells.add(PgArrays.numbers(suggestedGoals));
		printer.printRecord(cells);
	}
}
