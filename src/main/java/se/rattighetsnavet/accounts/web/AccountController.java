package se.rattighetsnavet.accounts.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.accounts.AccountManagement;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;

@Controller
class AccountController {

	private final AccountManagement accounts;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;

	AccountController(AccountManagement accounts, OrganisationManagement organisations, FormErrors formErrors) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.formErrors = formErrors;
	}

	@GetMapping("/konto")
	String account(Model model) {
		var actor = Actors.current();
		model.addAttribute("account", accounts.findByEmail(actor.email()).orElseThrow());
		model.addAttribute("organisation", organisations.get(actor.organisationCode()));
		return "accounts/account";
	}

	@GetMapping("/konto/losenord")
	String passwordForm(Model model) {
		model.addAttribute("errors", Map.of());
		return "accounts/password";
	}

	@PostMapping("/konto/losenord")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		if (!newPassword.equals(confirmPassword)) {
			errors.put("confirmPassword", formErrors.message("validation.password.confirm"));
		}
		try {
			if (errors.isEmpty()) {
				accounts.changePassword(currentPassword, newPassword);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/konto";
			}
		}
		catch (FieldErrors failures) {
			formErrors.of(failures).forEach(errors::putIfAbsent);
		}
		model.addAttribute("errors", errors);
		return "accounts/password";
	}
}
