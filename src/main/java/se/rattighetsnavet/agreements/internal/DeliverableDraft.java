package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * A new or edited deliverable. Only planned and in-progress can be set by hand: handing in and accepting have their own
 * operations, and late is never stored.
 */
public record DeliverableDraft(DeliverableKind kind, String title, String description, String requirements, LocalDate dueDate,
		String recipient, String recipientUnit, List<String> responsible, DeliverableStatus status, Integer version) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public DeliverableDraft {
		title = clean(title);
		description = clean(description);
		requirements = clean(requirements);
		recipient = clean(recipient);
		recipientUnit = clean(recipientUnit);
		responsible = responsible == null ? List.of()
				: responsible.stream().map(DeliverableDraft::clean).filter(s -> !s.isEmpty()).map(String::toLowerCase).distinct().toList();
		status = status == null ? DeliverableStatus.PLANERAD : status;
	}

	/** Splits the addresses people type in a form, one per line or separated by commas or semicolons. */
	public static List<String> addresses(String text) {
		return text == null ? List.of() : List.of(text.split("[,;\\s]+"));
	}

	/** {@code current} is the stored status of an existing deliverable, null for a new one; keeping it is always allowed. */
	public void validate(boolean recipientKnown, DeliverableStatus current) {
		FieldErrors errors = new FieldErrors();
		if (kind == null) {
			errors.add("kind", "agreements.validation.required");
		}
		if (title.isEmpty()) {
			errors.add("title", "agreements.validation.required");
		}
		if (title.length() > 300) {
			errors.add("title", "agreements.validation.tooLong", 300);
		}
		if (recipient.isEmpty()) {
			errors.add("recipient", "agreements.validation.required");
		}
		else if (!recipientKnown) {
			errors.add("recipient", "agreements.validation.organisation");
		}
		responsible.stream().filter(email -> !EMAIL.matcher(email).matches()).findFirst()
			.ifPresent(email -> errors.add("responsible", "agreements.validation.email", email));
		if (!Deadlines.settable(status) && status != current) {
			errors.add("status", "agreements.validation.status");
		}
		if (current != null && version == null) {
			errors.add("version", "agreements.validation.required");
		}
		errors.throwIfAny();
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
