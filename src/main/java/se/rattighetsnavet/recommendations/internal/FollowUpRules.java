package se.rattighetsnavet.recommendations.internal;

import java.net.URI;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.FollowUp;

/**
 * A follow-up needs a status; an evidence link must be an http(s) address.
 */
final class FollowUpRules {

	private FollowUpRules() {
	}

	static void check(FollowUp.Status status, String evidenceUrl) {
		FieldErrors errors = new FieldErrors();
		if (status == null) {
			errors.add("status", "recommendations.validation.required");
		}
		if (evidenceUrl != null && !evidenceUrl.isBlank() && !isWebAddress(evidenceUrl.trim())) {
			errors.add("evidenceUrl", "recommendations.validation.url");
		}
		errors.throwIfAny();
	}

	static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}
}
