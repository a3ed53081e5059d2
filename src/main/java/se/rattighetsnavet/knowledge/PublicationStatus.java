package se.rattighetsnavet.knowledge;

import java.util.Map;
import java.util.Set;

/**
 * The way to publishing: a draft goes to review, review publishes it or sends it back, and a published item can be
 * withdrawn to a draft. Only published items are public.
 */
public enum PublicationStatus {
	DRAFT, REVIEW, PUBLISHED;

	private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT = Map.of(
			DRAFT, Set.of(REVIEW),
			REVIEW, Set.of(PUBLISHED, DRAFT),
			PUBLISHED, Set.of(DRAFT));

	public boolean mayBecome(PublicationStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** @throws se.rattighetsnavet.platform.BusinessRuleException (409) when the step is not allowed */
	public PublicationStatus moveTo(PublicationStatus next) {
		if (!mayBecome(next)) {
			throw new se.rattighetsnavet.platform.BusinessRuleException(409, "knowledge.status.notAllowed", this, next);
		}
		return next;
	}
}
