package se.rattighetsnavet.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with titles and details from the message bundles, in the request's language.
 */
@Component
public class Problems {

	public static final String TYPE_BASE = "https://rattighetsnavet.se/problem/";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatus status, String type, String detailKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(message("problem." + type + ".title", new Object[0], status.getReasonPhrase()));
		problem.setDetail(message(detailKey, arguments, null));
		return problem;
	}

	public ProblemDetail validation(List<Map<String, String>> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "problem.validation.detail", errors.size());
		problem.setProperty("errors", errors);
		return problem;
	}

	public String message(String key, Object[] arguments, String fallback) {
		return messages.getMessage(key, arguments, fallback == null ? key : fallback, locale());
	}

	public static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
