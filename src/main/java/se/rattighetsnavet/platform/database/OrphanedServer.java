package se.rattighetsnavet.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL server left running on the data directory by a platform process that died without shutting it down,
 * and tells it apart from a data directory that another running platform is using.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
	static final String OWNER_LOCK = "epg-lock";

	private OrphanedServer() {
	}

	/** The pid in {@code postmaster.pid} if that process is still alive. */
	static Optional<Long> livePostmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(OrphanedServer::isPostgres)
				.map(ProcessHandle::pid);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not read {}: {}", pidFile, ex.getMessage());
			return Optional.empty();
		}
	}

	/** A stale pid file may name a pid that the system has since given to an unrelated process. */
	private static boolean isPostgres(ProcessHandle handle) {
		return handle.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

	/** True when another live process holds the owner lock of the data directory. */
	static boolean ownedByAnotherProcess(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(OWNER_LOCK);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Asks the orphan to shut down, then waits for it to go. */
	static void stop(long pid, Path dataDirectory, Duration wait) {
		log.warn("Found a PostgreSQL server (pid {}) left running on {} by an earlier platform process that did not shut down. "
				+ "Stopping it so that this start can use the data safely.", pid, dataDirectory);
		ProcessHandle.of(pid).ifPresent(handle -> {
			// SIGTERM to the postmaster is PostgreSQL's "smart" shutdown; it finishes and flushes before exiting
			handle.destroy();
			try {
				handle.onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") left on " + dataDirectory
						+ " did not stop within " + wait.toSeconds() + " s. Stop it by hand (kill " + pid + ") and start again.", ex);
			}
		});
		log.info("The orphaned PostgreSQL server (pid {}) has stopped.", pid);
	}

}
