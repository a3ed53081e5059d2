package se.rattighetsnavet.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * Every error of the JSON API as RFC 9457 problem+json, in Swedish unless the client asks for English.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Problems problems;

	ApiProblemHandler(Problems problems, MessageSource messageSource) {
		this.problems = problems;
		setMessageSource(messageSource);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request) {
		return Problems.withInstance(problems.of(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.entity",
				problems.message("entity." + ex.entityType(), new Object[0], ex.entityType()), ex.id()), request);
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ProblemDetail conflict(ConcurrentEditException ex, HttpServletRequest request) {
		return Problems.withInstance(problems.of(HttpStatus.CONFLICT, "conflict", "problem.conflict.detail"), request);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail rule(BusinessRuleException ex, HttpServletRequest request) {
		ProblemDetail problem = problems.of(HttpStatus.valueOf(ex.status()), "rule", ex.messageKey(), ex.arguments());
		return Problems.withInstance(problem, request);
	}

	@ExceptionHandler(FieldErrors.class)
	ProblemDetail fieldErrors(FieldErrors ex, HttpServletRequest request) {
		List<Map<String, String>> errors = ex.errors().stream()
			.map(error -> error(error.field(), problems.message(error.messageKey(), error.arguments().toArray(), error.messageKey())))
			.toList();
		return Problems.withInstance(problems.validation(errors), request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.warn("Constraint refused a write: {}", ex.getMostSpecificCause().getMessage());
		return Problems.withInstance(problems.of(HttpStatus.CONFLICT, "integrity", "problem.integrity.detail"), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = List.of(error(ex.getName(), problems.message("validation.type", new Object[0], null)));
		return Problems.withInstance(problems.validation(errors), request);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex, HttpServletRequest request) {
		log.debug("Bad request: {}", ex.getMessage());
		return Problems.withInstance(problems.of(HttpStatus.BAD_REQUEST, "bad-request", "problem.bad-request.detail"), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(error(error.getField(), message(error))));
		ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(error(error.getObjectName(), message(error))));
		return ResponseEntity.badRequest().body(problems.validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(error(result.getMethodParameter().getParameterName(), message(error)))));
		return ResponseEntity.badRequest().body(problems.validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable.detail"));
	}

	private String message(org.springframework.context.MessageSourceResolvable error) {
		return problems.message(error.getCodes() == null ? "" : error.getCodes()[0], error.getArguments(),
				error.getDefaultMessage() == null ? "" : error.getDefaultMessage());
	}

	private static Map<String, String> error(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}
}
