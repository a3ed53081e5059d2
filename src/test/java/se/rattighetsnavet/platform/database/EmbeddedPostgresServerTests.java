package se.rattighetsnavet.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server's life on a real data directory: durable settings, restarts, and what a crash leaves behind.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDirectory;

	@Test
	void runsDurablyAndKeepsDataAcrossRestarts() {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDirectory, true, false, 0, null);
		EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(properties);
		try {
			JdbcClient jdbc = JdbcClient.create(first.dataSource());
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int / 10000").query(Integer.class).single()).isEqualTo(17);
			jdbc.sql("CREATE TABLE kept (value text)").update();
			jdbc.sql("INSERT INTO kept VALUES ('överenskommelse')").update();
		}
		finally {
			first.release();
		}
		EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(properties);
		try {
			assertThat(JdbcClient.create(second.dataSource()).sql("SELECT value FROM kept").query(String.class).single())
				.isEqualTo("överenskommelse");
		}
		finally {
			second.release();
		}
	}

	@Test
	void stopsAServerOrphanedByACrashedProcessAndStartsAgain() throws Exception {
		Process crashed = startInChildProcess(dataDirectory);
		waitFor(() -> Files.exists(dataDirectory.resolve("postgres/ready")));
		crashed.destroyForcibly().waitFor();
		long orphan = OrphanedServer.livePostmaster(dataDirectory.resolve("postgres")).orElseThrow();
		assertThat(ProcessHandle.of(orphan)).isPresent();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(dataDirectory, true, false, 0, null));
		try {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(JdbcClient.create(server.dataSource()).sql("SELECT value FROM kept").query(String.class).single())
				.isEqualTo("written before the crash");
		}
		finally {
			server.release();
		}
	}

	@Test
	void refusesADataDirectoryThatAnotherRunningPlatformUses() throws Exception {
		Process other = startInChildProcess(dataDirectory);
		try {
			waitFor(() -> Files.exists(dataDirectory.resolve("postgres/ready")));
			assertThatThrownBy(() -> EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(dataDirectory, true, false, 0, null)))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("in use by another running");
		}
		finally {
			other.destroy();
			other.waitFor(60, TimeUnit.SECONDS);
		}
	}

	private static Process startInChildProcess(Path dataDirectory) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServerInAnotherProcess.class.getName(),
				dataDirectory.toString())
			.redirectErrorStream(true)
			.redirectOutput(new File(dataDirectory.toFile(), "child.log"))
			.start();
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out");
			}
			Thread.sleep(100);
		}
	}
}
