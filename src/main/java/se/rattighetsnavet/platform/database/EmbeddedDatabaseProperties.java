package se.rattighetsnavet.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server that runs when no external database is configured.
 *
 * @param dataDirectory where the platform keeps its data; the database lives in its {@code postgres} subfolder
 * @param fsync whether PostgreSQL flushes to disk; on for real use, tests may turn it off
 * @param clean start from an empty database (tests only)
 * @param port fixed port, or 0 for any free one
 */
@ConfigurationProperties("rn.database")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean fsync, boolean clean, int port, Duration startupWait) {

	public EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
		startupWait = startupWait == null ? Duration.ofSeconds(60) : startupWait;
	}

	public Path postgresDirectory() {
		return dataDirectory.toAbsolutePath().normalize().resolve("postgres");
	}
}
