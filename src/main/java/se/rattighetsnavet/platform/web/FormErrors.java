package se.rattighetsnavet.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * Collects the messages to show next to each form field, from Bean Validation and from domain checks,
 * in the visitor's language. Templates read them from the model attribute {@code errors} (field → text).
 */
@Component
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, String> of(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
				messages.getMessage(error, LocaleContextHolder.getLocale())));
		binding.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(),
				messages.getMessage(error, LocaleContextHolder.getLocale())));
		return errors;
	}

	public Map<String, String> of(FieldErrors failures) {
		Map<String, String> errors = new LinkedHashMap<>();
		failures.errors().forEach(error -> errors.putIfAbsent(error.field(), message(error.messageKey(), error.arguments().toArray())));
		return errors;
	}

	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
