package se.rattighetsnavet.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the embedded server in a separate JVM, writes a row, says it is ready and waits to be killed,
 * as a platform process would that crashes while running.
 */
public final class ServerInAnotherProcess {

	private ServerInAnotherProcess() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDirectory = Path.of(args[0]);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(dataDirectory, true, false, 0, null));
		// as the application's context does on a normal shutdown
		Runtime.getRuntime().addShutdownHook(new Thread(server::release));
		JdbcClient jdbc = JdbcClient.create(server.dataSource());
		jdbc.sql("CREATE TABLE IF NOT EXISTS kept (value text)").update();
		jdbc.sql("INSERT INTO kept VALUES ('written before the crash')").update();
		Files.createFile(dataDirectory.resolve("postgres/ready"));
		Thread.sleep(Long.MAX_VALUE);
	}
}
