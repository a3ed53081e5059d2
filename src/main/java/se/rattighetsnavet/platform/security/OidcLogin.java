package se.rattighetsnavet.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Hook for signing in through an OpenID Connect provider (Sweden Connect, Freja eID): a bean of this type,
 * created when a client registration is configured, adds {@code oauth2Login} to the web chain.
 */
public interface OidcLogin {

	void configure(HttpSecurity http) throws Exception;
}
