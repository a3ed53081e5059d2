package se.rattighetsnavet.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.rattighetsnavet.indicators.ImportFormat;
import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

/**
 * Runs imports one at a time on a background thread (so a large file does not hold a request, and two imports never
 * fight over the same rows), keeps the running ones' progress in memory for polling and stores each final report.
 */
@Service
public class ImportService {

	static final String RIKET = "0000";
	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final DataSource dataSource;
	private final OrganisationManagement organisations;
	private final Imports imports;
	private final Clock clock;
	private final ProfileCache profiles;
	private final Map<UUID, ImportProgress> running = new ConcurrentHashMap<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "indicators-import");
		thread.setDaemon(true);
		return thread;
	});
	private Duration firstBackOff = Duration.ofSeconds(1);

	ImportService(DataSource dataSource, OrganisationManagement organisations, Imports imports, Clock clock,
			ProfileCache profiles) {
		this.profiles = profiles;
		this.dataSource = dataSource;
		this.organisations = organisations;
		this.imports = imports;
		this.clock = clock;
	}

	/** The source delivers rows to the sink; runs inside the import's transaction. */
	interface Source {
		void readInto(ImportSink sink) throws IOException;
	}

	/**
	 * Imports an uploaded file (moved to a temporary file owned by the import). Waits briefly, so small files come back
	 * finished; larger ones come back RUNNING and are polled with {@link #report(UUID)}.
	 */
	public ImportReport importFile(ImportFormat format, String name, Path file, boolean acceptValid, Duration wait) {
		requireProgrammeOffice();
		return start(format.code(), name, acceptValid, wait, sink -> {
			try (InputStream in = Files.newInputStream(file)) {
				readerFor(format, in).readInto(sink);
			}
		}, () -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the uploaded file {}", file, ex);
			}
		});
	}

	/** Fetches values (and first the KPIs' metadata) from a Kolada v3 API, following {@code next_url} page by page. */
	public ImportReport sync(String baseUrl, java.util.List<String> kpis, java.util.List<String> municipalities,
			java.util.List<Integer> years, java.time.LocalDate fromDate, boolean acceptValid, Duration wait) {
		requireProgrammeOffice();
		KoladaSyncPlan plan = new KoladaSyncPlan(baseUrl, kpis, municipalities, years, fromDate);
		KoladaClient client = new KoladaClient(firstBackOff, 6);
		return start("kolada-v3-url", plan.baseUrl(), acceptValid, wait, sink -> {
			KoladaJsonReader reader = new KoladaJsonReader(false);
			int[] page = { 0 };
			for (String first : concat(plan.kpiUrls(), plan.dataUrls())) {
				String url = first;
				while (url != null && !url.isBlank()) {
					String current = url;
					String[] next = { null };
					page[0]++;
					client.get(current, body -> next[0] = reader.read(body, sink, "sida " + page[0] + " rad "));
					url = next[0];
				}
			}
		}, () -> {
		});
	}

	/** Runs an import on the caller's thread; for the reference loader. */
	ImportReport importNow(String format, String name, Source source, boolean acceptValid) {
		ImportProgress progress = new ImportProgress(UUID.randomUUID(), format, name, acceptValid);
		imports.started(progress.report(), Actor.SYSTEM.email(), clock.instant());
		return execute(progress, source);
	}

	public ImportReport report(UUID id) {
		ImportProgress progress = running.get(id);
		if (progress != null) {
			return progress.report();
		}
		return imports.find(id).orElseThrow(() -> new NotFoundException("indicatorImport", id));
	}

	/** The latest imports, newest first; the running ones with their live counters. */
	public java.util.List<ImportReport> latest(int limit) {
		requireProgrammeOffice();
		return imports.latest(limit).stream().map(report -> {
			ImportProgress progress = running.get(report.id());
			return progress == null ? report : progress.report();
		}).toList();
	}

	void useBackOff(Duration backOff) {
		this.firstBackOff = backOff;
	}

	private ImportReport start(String format, String name, boolean acceptValid, Duration wait, Source source,
			Runnable afterwards) {
		ImportProgress progress = new ImportProgress(UUID.randomUUID(), format, name, acceptValid);
		imports.started(progress.report(), Actors.current().email(), clock.instant());
		running.put(progress.report().id(), progress);
		Future<ImportReport> result = worker.submit(() -> {
			try {
				return execute(progress, source);
			}
			finally {
				running.remove(progress.report().id());
				afterwards.run();
			}
		});
		try {
			return result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException stillRunning) {
			return progress.report();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return progress.report();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private ImportReport execute(ImportProgress progress, Source source) {
		long started = System.nanoTime();
		try {
			try {
				run(progress, source, true);
			}
			catch (ImportSession.RepeatedKey ex) {
				// rare: the file repeats a key of a KPI that had no values; staging lets the last occurrence win
				progress.restart();
				run(progress, source, false);
			}
		}
		catch (ImportFailure ex) {
			progress.failed(ex.getMessage());
		}
		catch (IOException | SQLException | RuntimeException ex) {
			log.warn("Import {} failed", progress.report().id(), ex);
			progress.failed(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
		ImportReport report = progress.report();
		imports.finished(report, clock.instant());
		log.info("Import {} of {}: {} in {} ms, {} rows read, {} inserted, {} updated, {} unchanged, {} rejected", report.id(),
				report.source(), report.status(), (System.nanoTime() - started) / 1_000_000, report.rowsRead(), report.inserted(),
				report.updated(), report.unchanged(), report.rejected());
		return report;
	}

	private void run(ImportProgress progress, Source source, boolean copyNewDirectly) throws IOException, SQLException {
		try (ImportSession session = new ImportSession(dataSource.getConnection(), check(), progress, copyNewDirectly)) {
			source.readInto(session);
			if (session.commit()) {
				profiles.invalidate();
				progress.done();
			}
			else {
				progress.refused();
			}
		}
	}

	private static Source readerFor(ImportFormat format, InputStream in) {
		return sink -> {
			switch (format) {
				case CSV -> {
					try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
						new CsvImportReader().read(reader, sink);
					}
				}
				case KOLADA_V3 -> new KoladaJsonReader(false).read(in, sink, "");
				case KOLADA_V2 -> new KoladaJsonReader(true).read(in, sink, "");
			}
		};
	}

	private RowCheck check() {
		Set<String> codes = new HashSet<>();
		codes.add(RIKET);
		organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION).stream().map(Organisation::code).forEach(codes::add);
		return new RowCheck(codes, clock.instant().atZone(java.time.ZoneId.of("Europe/Stockholm")).getYear());
	}

	private static void requireProgrammeOffice() {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
	}

	private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
		java.util.List<String> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
