package se.rattighetsnavet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Configuring a client registration is all it takes to offer sign-in through an OpenID Connect provider.
 * (Its own context, since the registration changes the security configuration.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.security.oauth2.client.registration.freja.client-id=rattighetsnavet",
		"spring.security.oauth2.client.registration.freja.client-secret=secret",
		"spring.security.oauth2.client.registration.freja.scope=openid,email",
		"spring.security.oauth2.client.registration.freja.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.freja.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.freja.authorization-uri=https://idp.example.se/authorize",
		"spring.security.oauth2.client.provider.freja.token-uri=https://idp.example.se/token",
		"spring.security.oauth2.client.provider.freja.jwk-set-uri=https://idp.example.se/jwks",
		"spring.security.oauth2.client.provider.freja.user-name-attribute=email" })
@ActiveProfiles("test")
class OidcLoginConfigurationTests {

	@LocalServerPort
	int port;

	@Test
	void aConfiguredProviderGetsTheSignInRedirect() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/freja")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow())
			.startsWith("https://idp.example.se/authorize?")
			.contains("client_id=rattighetsnavet", "scope=openid%20email");
	}
}
