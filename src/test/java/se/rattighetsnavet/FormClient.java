package se.rattighetsnavet;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: signs in through the sign-in form, keeps the session cookie and posts forms with the
 * CSRF token, so tests exercise the pages' real filter chain, binding and templates.
 */
public final class FormClient {

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;
	private String token;

	public FormClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in with the test password; afterwards every request belongs to that account's session. */
	public FormClient signIn(String email) {
		String page = get("/logga-in").text();
		Matcher hidden = HIDDEN_TOKEN.matcher(page);
		if (!hidden.find()) {
			throw new IllegalStateException("the sign-in page has no CSRF token");
		}
		ApiClient.Response response = send("/logga-in",
				Map.of("_csrf", hidden.group(1), "email", email, "password", TestAccounts.PASSWORD));
		if (response.status() != 302 || location.contains("/logga-in")) {
			throw new IllegalStateException("signing in as " + email + " failed: " + response.status() + " " + location);
		}
		token = null;
		return this;
	}

	public ApiClient.Response get(String path) {
		return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
	}

	/** Posts the fields as the page's form would, with the session's CSRF token. */
	public ApiClient.Response post(String path, Map<String, String> fields) {
		token();
		java.util.Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
		withToken.put("_csrf", token);
		return send(path, withToken);
	}

	/** A request within the session that carries its CSRF token as the header, as the pages' scripts send it. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", token());
	}

	/** Sends a request built with {@link #request(String)}, for bodies other than form fields (such as a file upload). */
	public ApiClient.Response send(HttpRequest.Builder builder, String path) {
		return exchange(builder, path);
	}

	private String token() {
		if (token == null) {
			Matcher meta = META_TOKEN.matcher(get("/kontakt").text());
			if (!meta.find()) {
				throw new IllegalStateException("the layout carries no CSRF token");
			}
			token = meta.group(1);
		}
		return token;
	}

	/** Where the last response redirected to, or an empty text. */
	public String location() {
		return location;
	}

	private String location = "";

	private ApiClient.Response send(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return exchange(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), path);
	}

	private ApiClient.Response exchange(HttpRequest.Builder builder, String path) {
		try {
			HttpResponse<byte[]> response = http.send(builder.header("Accept-Language", "sv").build(), HttpResponse.BodyHandlers.ofByteArray());
			location = response.headers().firstValue("Location").orElse("");
			return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("request to " + path + " failed", ex);
		}
	}
}
