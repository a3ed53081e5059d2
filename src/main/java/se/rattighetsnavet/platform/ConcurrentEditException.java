package se.rattighetsnavet.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the same record since it was read: optimistic locking refused the write. Rendered as 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String entityType, Object id) {
		super(entityType + " " + id + " was changed by someone else");
	}
}
