package se.rattighetsnavet.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation failures found by domain code, each naming the field and a message key; thrown as one 400.
 */
public class FieldErrors extends RuntimeException {

	public record FieldError(String field, String messageKey, List<Object> arguments) {
	}

	private final List<FieldError> errors = new ArrayList<>();

	public FieldErrors() {
		super("validation failed");
	}

	public FieldErrors add(String field, String messageKey, Object... arguments) {
		errors.add(new FieldError(field, messageKey, List.of(arguments)));
		return this;
	}

	@Override
	public String getMessage() {
		return "validation failed: " + errors;
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<FieldError> errors() {
		return List.copyOf(errors);
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw this;
		}
	}
}
