package se.rattighetsnavet.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells an htmx request (which wants a fragment) from a normal page load.
 */
public final class HtmxRequest {

	private HtmxRequest() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}
