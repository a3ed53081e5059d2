package se.rattighetsnavet.recommendations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.recommendations.ImportFormat;
import se.rattighetsnavet.recommendations.ImportResult;
import se.rattighetsnavet.recommendations.ImportResult.RowError;
import se.rattighetsnavet.recommendations.RecommendationsImported;

/**
 * Runs imports one at a time in the background and keeps the progress of the running one for the progress bar.
 */
@Component
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private record Running(long size, AtomicLong rows, AtomicLong bytes, String format, String filename) {
	}

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "recommendations-import");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<UUID, Running> running = new ConcurrentHashMap<>();
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final Imports imports;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final FacetIndex facetIndex;
	private final SdgSuggester sdgSuggester = new SdgSuggester(SdgReference.load());
	private final GroupSuggester groupSuggester = new GroupSuggester();

	ImportService(DataSource dataSource, PlatformTransactionManager transactionManager, Imports imports, AuditLog auditLog,
			ApplicationEventPublisher events, MessageSource messages, FacetIndex facetIndex) {
		this.facetIndex = facetIndex;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.imports = imports;
		this.auditLog = auditLog;
		this.events = events;
		this.messages = messages;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	UUID start(Actor actor, ImportFormat format, String filename, Path file, boolean validOnly) throws IOException {
		UUID id = UUID.randomUUID();
		Locale locale = LocaleContextHolder.getLocale();
		imports.start(id, format.code(), filename, validOnly, actor.email());
		running.put(id, new Running(Files.size(file), new AtomicLong(), new AtomicLong(), format.code(), filename));
		executor.submit(() -> {
			try {
				run(id, actor, format, filename, file, validOnly, locale);
			}
			catch (RuntimeException ex) {
				log.error("Import {} failed", id, ex);
				imports.finish(new ImportResult(id, format.code(), filename, ImportResult.Status.FAILED, 0, 0, 0, 0, 0,
						List.of(new RowError(0, messages.getMessage("recommendations.import.error.unexpected", null, locale))), 100));
			}
			finally {
				running.remove(id);
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Cannot delete uploaded file {}", file);
				}
			}
		});
		return id;
	}

	Optional<ImportResult> status(UUID id) {
		Optional<ImportResult> stored = imports.find(id);
		Running progress = running.get(id);
		if (progress == null || stored.isEmpty() || stored.get().finished()) {
			return stored;
		}
		ImportResult result = stored.get();
		int percent = progress.size() == 0 ? 0 : (int) Math.min(99, progress.bytes().get() * 100 / progress.size());
		return Optional.of(new ImportResult(id, result.format(), result.filename(), result.status(), progress.rows().get(), 0, 0, 0, 0,
				List.of(), percent));
	}

	ImportResult await(UUID id, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			ImportResult result = status(id).orElseThrow();
			if (result.finished() || System.nanoTime() > deadline) {
				return result;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return result;
			}
		}
	}

	List<ImportResult> recent() {
		return imports.recent(10);
	}

	private void run(UUID id, Actor actor, ImportFormat format, String filename, Path file, boolean validOnly, Locale locale) {
		Running progress = running.get(id);
		List<RowError> errors = new ArrayList<>();
		ImportJob job = new ImportJob(dataSource, RowParser.of(format, SdgReference.load()), sdgSuggester, groupSuggester);
		ImportJob.Listener listener = new ImportJob.Listener() {
			@Override
			public void progress(long rowsRead, long bytesRead) {
				progress.rows().set(rowsRead);
				progress.bytes().set(bytesRead);
			}

			@Override
			public void rejected(long line, String key, Object... args) {
				if (errors.size() < ImportJob.MAX_ERRORS) {
					errors.add(new RowError(line, messages.getMessage(key, args, locale)));
				}
			}
		};
		ImportResult result = attempt(id, actor, format, filename, file, validOnly, locale, job, listener, errors);
		imports.finish(result);
		log.info("Import {} of {} finished: {}", id, filename, result.status());
		if (result.status() == ImportResult.Status.DONE && result.created() + result.updated() > 0) {
			tidyAfterBulkChange();
		}
	}

	/**
	 * Merges the search indexes' pending entries (which every text search scans until then) and refreshes the planner's
	 * statistics after many rows arrived at once; the import is already committed and reported done.
	 */
	private void tidyAfterBulkChange() {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("VACUUM (ANALYZE) recommendations_recommendation");
		}
		catch (SQLException ex) {
			log.warn("Could not vacuum the register after an import", ex);
		}
	}

	private ImportResult attempt(UUID id, Actor actor, ImportFormat format, String filename, Path file, boolean validOnly,
			Locale locale, ImportJob job, ImportJob.Listener listener, List<RowError> errors) {
		return transactions.execute(status -> {
			try (InputStream in = Files.newInputStream(file); CountingStream counter = new CountingStream(in)) {
				long started = System.nanoTime();
				ImportJob.Outcome outcome = job.stage(counter, counter, listener);
				long staged = System.nanoTime();
				if (outcome.rejected() > 0 && !validOnly) {
					status.setRollbackOnly();
					return new ImportResult(id, format.code(), filename, ImportResult.Status.FAILED, outcome.rowsRead(), 0, 0, 0,
							outcome.rejected(), List.copyOf(errors), 100);
				}
				long created = job.merge(id);
				List<ImportJob.Updated> updated = job.update(id);
				updated.forEach(row -> auditLog.record(actor, "update", RecommendationService.ENTITY, row.id(), row.before(), row.after()));
				facetIndex.changed();
				log.info("Import {}: {} rows staged in {} ms, {} new and {} updated in {} ms more", id, outcome.rowsRead(),
						(staged - started) / 1_000_000, created, updated.size(), (System.nanoTime() - staged) / 1_000_000);
				ImportResult done = new ImportResult(id, format.code(), filename, ImportResult.Status.DONE, outcome.rowsRead(), created,
						updated.size(), outcome.valid() - created - updated.size(), outcome.rejected(), List.copyOf(errors), 100);
				auditLog.record(actor, "import", "recommendationImport", id, null, summary(done));
				events.publishEvent(new RecommendationsImported(id, format.code(), created, done.unchanged()));
				return done;
			}
			catch (ImportJob.FileRejected ex) {
				status.setRollbackOnly();
				return new ImportResult(id, format.code(), filename, ImportResult.Status.FAILED, 0, 0, 0, 0, 0,
						List.of(new RowError(0, messages.getMessage(ex.key, ex.args, locale))), 100);
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("Import " + id + " failed", ex);
			}
		});
	}

	private static Map<String, Object> summary(ImportResult result) {
		return Map.of("format", result.format(), "filename", String.valueOf(result.filename()), "rowsRead", result.rowsRead(),
				"created", result.created(), "updated", result.updated(), "unchanged", result.unchanged(), "rejected", result.rejected());
	}
}
