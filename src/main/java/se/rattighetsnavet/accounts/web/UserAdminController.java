package se.rattighetsnavet.accounts.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.accounts.AccountManagement;
import se.rattighetsnavet.accounts.NewAccount;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;

@Controller
class UserAdminController {

	static final String VIEW = "accounts/users";

	private final AccountManagement accounts;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;

	UserAdminController(AccountManagement accounts, OrganisationManagement organisations, FormErrors formErrors) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.formErrors = formErrors;
	}

	@GetMapping("/admin/anvandare")
	String users(Model model) {
		model.addAttribute("form", new NewAccount("", "", "", "", Set.of()));
		return show(model, Map.of());
	}

	@PostMapping("/admin/anvandare")
	String create(@Valid @ModelAttribute("form") NewAccount form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>(formErrors.of(binding));
		if (errors.isEmpty()) {
			try {
				var account = accounts.create(form);
				redirect.addFlashAttribute("created", account.email());
				return "redirect:/admin/anvandare";
			}
			catch (FieldErrors failures) {
				errors.putAll(formErrors.of(failures));
			}
		}
		return show(model, errors);
	}

	private String show(Model model, Map<String, String> errors) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("roles", EnumSet.allOf(Role.class));
		model.addAttribute("errors", errors);
		model.addAttribute("now", java.time.Instant.now());
		return VIEW;
	}
}
