package se.rattighetsnavet.platform;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain (for example submitting twice).
 * {@code messageKey} names a message in the bundles so the reason reaches the user in their language. Rendered as 409 or 422.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;
	private final List<Object> arguments;
	private final int status;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(422, messageKey, arguments);
	}

	public BusinessRuleException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

	public int status() {
		return status;
	}
}
