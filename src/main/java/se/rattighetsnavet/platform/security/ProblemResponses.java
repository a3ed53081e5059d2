package se.rattighetsnavet.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.platform.web.Problems;

/**
 * 401 and 403 of the API as problem+json, since they happen before any controller runs.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;
	private final JsonMapper json;
	private final LocaleResolver localeResolver;

	ProblemResponses(Problems problems, JsonMapper json, LocaleResolver localeResolver) {
		this.problems = problems;
		this.json = json;
		this.localeResolver = localeResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Rättighetsnavet\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, exception.getClass().getSimpleName().contains("Csrf") ? "csrf" : "forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type) throws IOException {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
		try {
			ProblemDetail problem = Problems.withInstance(problems.of(status, type, "problem." + type + ".detail"), request);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), asMap(problem));
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}
}
