package se.rattighetsnavet.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.accounts.AccountManagement;
import se.rattighetsnavet.accounts.NewAccount;
import se.rattighetsnavet.platform.Role;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and their roles")
class UserApiController {

	private final AccountManagement accounts;

	UserApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record UserView(long id, String email, String name, String organisationCode, Set<Role> roles, boolean enabled) {

		static UserView of(Account account) {
			return new UserView(account.id(), account.email(), account.name(), account.organisationCode(), account.roles(),
					account.enabled());
		}
	}

	@PostMapping
	@Operation(summary = "Create an account (ADMIN; PROGRAMME_OFFICE for members' staff)")
	ResponseEntity<UserView> create(@Valid @RequestBody NewAccount request) {
		Account account = accounts.create(request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + account.id())).body(UserView.of(account));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_OFFICE')")
	@Operation(summary = "List accounts (ADMIN, PROGRAMME_OFFICE)")
	List<UserView> list() {
		return accounts.all().stream().map(UserView::of).toList();
	}
}
