package se.rattighetsnavet.accounts.internal;

import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.ActorPrincipal;
import se.rattighetsnavet.platform.security.OidcLogin;

/**
 * Sign-in through an OpenID Connect provider, switched on by configuring a client registration
 * ({@code spring.security.oauth2.client.registration.*}). The provider proves who the person is; the platform's own
 * account, found by the verified e-mail address, decides organisation and roles.
 */
@Component
class OidcAccountLogin implements OidcLogin {

	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final Accounts accounts;

	OidcAccountLogin(ObjectProvider<ClientRegistrationRepository> registrations, Accounts accounts) {
		this.registrations = registrations;
		this.accounts = accounts;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		OidcUserService delegate = new OidcUserService();
		http.oauth2Login(login -> login.loginPage("/logga-in")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> link(delegate.loadUser(request), request))));
	}

	private OidcUser link(OidcUser identity, OidcUserRequest request) {
		if (identity.getEmail() == null || !Boolean.TRUE.equals(identity.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email", "The provider gave no verified e-mail address", null));
		}
		Account account = accounts.findByEmail(identity.getEmail())
			.filter(Account::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_account", "No active account for this identity", null)));
		Collection<GrantedAuthority> authorities = account.roles().stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		Actor actor = new Actor(account.email(), account.name(), account.organisationCode(), account.roles());
		return new AccountOidcUser(authorities, identity, actor);
	}

	static final class AccountOidcUser extends DefaultOidcUser implements ActorPrincipal {

		private final Actor actor;

		AccountOidcUser(Collection<GrantedAuthority> authorities, OidcUser identity, Actor actor) {
			super(authorities, identity.getIdToken(), identity.getUserInfo(), "email");
			this.actor = actor;
		}

		@Override
		public Actor actor() {
			return actor;
		}
	}
}
