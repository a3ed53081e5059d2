package se.rattighetsnavet.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server. One server per data directory and JVM: several application contexts
 * (as in a test run) share it and the last one to close stops it.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final Path directory;
	private final EmbeddedPostgres postgres;
	private int users;

	private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	public static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
		Path directory = properties.postgresDirectory();
		EmbeddedPostgresServer server = RUNNING.get(directory);
		if (server == null) {
			server = new EmbeddedPostgresServer(directory, start(properties));
			RUNNING.put(directory, server);
		}
		server.users++;
		return server;
	}

	public synchronized void release() {
		if (--users > 0) {
			return;
		}
		synchronized (EmbeddedPostgresServer.class) {
			RUNNING.remove(directory);
		}
		try {
			postgres.close();
			log.info("Embedded PostgreSQL on {} stopped", directory);
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL on {} did not stop cleanly: {}", directory, ex.getMessage());
		}
	}

	public DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		Path directory = properties.postgresDirectory();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("Cannot create the data directory " + directory + ": " + ex.getMessage(), ex);
		}
		if (OrphanedServer.ownedByAnotherProcess(directory)) {
			throw new EmbeddedDatabaseException("The data directory " + directory + " is in use by another running "
					+ "Rättighetsnavet. Stop that one first, or give this one its own directory with RN_DATA_DIR.", null);
		}
		OrphanedServer.livePostmaster(directory)
			.ifPresent(pid -> OrphanedServer.stop(pid, directory, properties.startupWait()));
		boolean fresh = properties.clean() || !Files.exists(directory.resolve("PG_VERSION"));
		log.info("Starting embedded PostgreSQL 17 on {} ({}, fsync {})", directory, fresh ? "new database" : "existing data",
				properties.fsync() ? "on" : "off");
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory.toFile())
				// the application context stops the server (release); a second hook racing it delays the JVM's exit
				.setRegisterShutdownHook(false)
				.setCleanDataDirectory(properties.clean())
				.setPort(properties.port() > 0 ? properties.port() : 0)
				.setPGStartupWait(properties.startupWait())
				.setServerConfig("fsync", properties.fsync() ? "on" : "off")
				.setServerConfig("synchronous_commit", properties.fsync() ? "on" : "off")
				.setServerConfig("full_page_writes", properties.fsync() ? "on" : "off")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("listen_addresses", "localhost")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseException(explain(ex, directory), ex);
		}
	}

	private static String explain(Exception ex, Path directory) {
		String detail = String.valueOf(ex.getMessage());
		if (isRoot() && detail.contains("root")) {
			return "PostgreSQL refuses to run as root and user namespaces (unshare -U) are not available here. "
					+ "Run the platform as a normal user, enable user namespaces, or set SPRING_DATASOURCE_URL to use an external PostgreSQL.";
		}
		return "The embedded PostgreSQL could not start on " + directory + ": " + detail
				+ ". Check that the directory is writable and not used by another server, or set SPRING_DATASOURCE_URL.";
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}
}
