package se.rattighetsnavet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the JSON API, so tests exercise the real filter chain, content negotiation and serialisation.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;
	private final String authorization;
	private final String language;

	public ApiClient(int port) {
		this("http://localhost:" + port, null, null);
	}

	private ApiClient(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	/** The same client signing in with HTTP Basic. */
	public ApiClient as(String email, String password) {
		String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient(base, "Basic " + credentials, language);
	}

	public ApiClient as(String email) {
		return as(email, TestAccounts.PASSWORD);
	}

	public ApiClient inEnglish() {
		return new ApiClient(base, authorization, "en");
	}

	public Response get(String path) {
		return send(request(path).GET(), path);
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(body(body)), path);
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(body(body)), path);
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").method("PATCH", body(body)), path);
	}

	public Response delete(String path) {
		return send(request(path).DELETE(), path);
	}

	public Response send(HttpRequest.Builder builder, String path) {
		try {
			HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("request to " + path + " failed", ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		String text = body instanceof String string ? string : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	public record Response(int status, String contentType, byte[] bytes) {

		public JsonNode json() {
			return JSON.readTree(bytes);
		}

		public String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}
}
