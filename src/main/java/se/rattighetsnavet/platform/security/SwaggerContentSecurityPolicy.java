package se.rattighetsnavet.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Relaxes the content security policy for the Swagger UI pages only, which rely on inline script and style.
 */
class SwaggerContentSecurityPolicy extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith("/swagger-ui")) {
			response.setHeader("Content-Security-Policy", SecurityConfiguration.SWAGGER_POLICY);
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/swagger-ui");
	}
}
