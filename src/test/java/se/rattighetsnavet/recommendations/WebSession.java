package se.rattighetsnavet.recommendations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.rattighetsnavet.TestAccounts;

/**
 * A browser-like session for the HTML forms: keeps the session cookie and sends the CSRF token of the page a form is on.
 */
final class WebSession {

	record Page(int status, String location, String body) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();
	private final String base;

	WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	WebSession signIn(String email) {
		Page signedIn = post("/logga-in", "/logga-in", List.of(Map.entry("email", email), Map.entry("password", TestAccounts.PASSWORD)));
		if (signedIn.status() != 302 || signedIn.location().contains("logga-in")) {
			throw new IllegalStateException("sign-in of " + email + " failed: " + signedIn.status() + " " + signedIn.location());
		}
		return this;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Opens {@code formPage} for its CSRF token, then posts the fields (a name may repeat) to {@code action}. */
	Page post(String formPage, String action, List<Map.Entry<String, String>> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		String body = java.util.stream.Stream.concat(fields.stream(), java.util.stream.Stream.of(Map.entry("_csrf", token.group(1))))
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("Accept-Language", "sv").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
