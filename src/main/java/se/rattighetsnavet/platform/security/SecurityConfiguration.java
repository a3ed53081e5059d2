package se.rattighetsnavet.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the JSON API (HTTP Basic or the browser session; CSRF only for the session) and the web pages
 * (form sign-in, CSRF everywhere). Reading public pages needs no account; every write is checked again in the
 * owning module for role and organisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	/** Swagger UI injects inline styles and its own scripts. */
	static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
		// only a request that relies on the browser's session cookie can be forged across sites
		RequestMatcher sessionRequest = request -> request.getHeader("Authorization") == null
				&& request.getRequestedSessionId() != null
				&& !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
				&& !HttpMethod.OPTIONS.matches(request.getMethod());
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Rättighetsnavet").authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionRequest))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/** Metrics scrapers and operators sign in with HTTP Basic; health stays open for load balancers. */
	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.anyRequest().hasRole("ADMIN"))
			.httpBasic(basic -> basic.realmName("Rättighetsnavet").authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, LoginFailureHandler loginFailureHandler,
			org.springframework.beans.factory.ObjectProvider<OidcLogin> oidc) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
				.requestMatchers("/admin/**").hasAnyRole("ADMIN", "PROGRAMME_OFFICE")
				.requestMatchers("/granskningslogg/**").hasAnyRole("ADMIN", "PROGRAMME_OFFICE")
				.requestMatchers("/konto/**").authenticated()
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/logga-in").loginProcessingUrl("/logga-in")
				.usernameParameter("email").passwordParameter("password")
				.defaultSuccessUrl("/", false)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/?utloggad").permitAll())
			.httpBasic(basic -> basic.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.addFilterAfter(new SwaggerContentSecurityPolicy(), CsrfFilter.class);
		OidcLogin login = oidc.getIfAvailable();
		if (login != null) {
			login.configure(http);
		}
		return http.build();
	}
}
