package se.rattighetsnavet.indicators.internal;

/** An import that cannot go on (unreadable file, database refusal): the whole import is rolled back. */
class ImportFailure extends RuntimeException {

	ImportFailure(String message, Throwable cause) {
		super(message, cause);
	}

	ImportFailure(String message) {
		super(message);
	}
}
