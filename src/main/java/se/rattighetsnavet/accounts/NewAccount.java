package se.rattighetsnavet.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import se.rattighetsnavet.platform.Role;

/**
 * What it takes to create an account.
 */
public record NewAccount(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotBlank(message = "{validation.required}") @Size(min = 12, max = 200, message = "{validation.password.size}") String password,
		@NotBlank(message = "{validation.required}") String organisationCode,
		@NotEmpty(message = "{validation.roles.required}") Set<Role> roles) {
}
