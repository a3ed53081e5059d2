package se.rattighetsnavet.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request or job.
 */
public final class Actors {

	private Actors() {
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		if (authentication == null && isSystemContext()) {
			return Actor.SYSTEM;
		}
		return Actor.ANONYMOUS;
	}

	/** Start-up loaders and scheduled jobs run outside any request. */
	private static boolean isSystemContext() {
		return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
	}

	/** Throws {@link org.springframework.security.access.AccessDeniedException} unless the condition holds. */
	public static void require(boolean allowed) {
		if (!allowed) {
			throw new org.springframework.security.access.AccessDeniedException("forbidden");
		}
	}
}
