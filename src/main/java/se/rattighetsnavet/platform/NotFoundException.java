package se.rattighetsnavet.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A requested resource does not exist (or is not visible to the actor). Rendered as 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String entityType;
	private final String id;

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " not found");
		this.entityType = entityType;
		this.id = String.valueOf(id);
	}

	public String entityType() {
		return entityType;
	}

	public String id() {
		return id;
	}
}
