package se.rattighetsnavet.recommendations.internal;

/**
 * A row that cannot be imported: a message key and its arguments, resolved in the language of the person importing.
 */
final class RowRejected extends Exception {

	private final String key;
	private final transient Object[] args;

	RowRejected(String key, Object... args) {
		super(key, null, false, false);
		this.key = key;
		this.args = args;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args;
	}
}
