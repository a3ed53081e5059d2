package se.rattighetsnavet.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller handled (unknown address, upload too large, failures in filters): problem+json for the API,
 * a page in the layout for people. Never a stack trace.
 */
@Controller
class PlatformErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(PlatformErrorController.class);

	private final Problems problems;

	PlatformErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		HttpStatus status = status(request);
		logServerError(request, status);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("errorKey", switch (status.value()) {
			case 403, 404, 413, 409 -> "error." + status.value();
			default -> status.is4xxClientError() ? "error.400" : "error.500";
		});
		return "error";
	}

	@RequestMapping({ "/error", "/error/problem" })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		logServerError(request, status);
		String type = switch (status.value()) {
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			default -> status.is4xxClientError() ? "bad-request" : "server-error";
		};
		ProblemDetail problem = problems.of(status, type, "problem." + type + ".detail");
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static void logServerError(HttpServletRequest request, HttpStatus status) {
		if (status.is5xxServerError()) {
			Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Server error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					error instanceof Throwable throwable ? throwable : null);
		}
	}
}
