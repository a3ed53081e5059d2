package se.rattighetsnavet.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/logga-in")
	String login(@org.springframework.web.bind.annotation.RequestParam(name = "fel", required = false) String failed,
			@org.springframework.web.bind.annotation.RequestParam(name = "last", required = false) String locked, HttpSession session,
			Model model) {
		model.addAttribute("failed", failed != null);
		model.addAttribute("locked", locked != null);
		Object email = session.getAttribute("LOGIN_EMAIL");
		model.addAttribute("email", email == null ? "" : email);
		session.removeAttribute("LOGIN_EMAIL");
		return "accounts/login";
	}
}
