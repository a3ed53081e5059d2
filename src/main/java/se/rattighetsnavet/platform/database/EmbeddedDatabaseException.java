package se.rattighetsnavet.platform.database;

/**
 * The embedded database could not be started; the message tells the operator what to do.
 */
public class EmbeddedDatabaseException extends RuntimeException {

	public EmbeddedDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}
}
