package se.rattighetsnavet.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form, telling a locked account apart from a wrong password but never
 * revealing whether an e-mail address has an account.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String reason = exception instanceof LockedException ? "last" : "fel";
		String email = request.getParameter("email");
		request.getSession().setAttribute("LOGIN_EMAIL", email == null ? "" : email);
		response.sendRedirect(request.getContextPath() + "/logga-in?" + reason);
	}
}
