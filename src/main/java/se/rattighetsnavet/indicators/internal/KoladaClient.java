package se.rattighetsnavet.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Fetches pages from a Kolada-compatible API. HTTP 429 and 5xx are retried with exponential back-off (honouring a
 * {@code Retry-After} in seconds), up to {@code attempts} tries; any other error fails the import.
 */
final class KoladaClient {

	private final HttpClient http;
	private final Duration firstBackOff;
	private final int attempts;

	KoladaClient(Duration firstBackOff, int attempts) {
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.firstBackOff = firstBackOff;
		this.attempts = attempts;
	}

	/** Hands the body of {@code url} to {@code reader}, after retrying what is worth retrying. */
	void get(String url, Consumer<InputStream> reader) {
		Duration wait = firstBackOff;
		for (int attempt = 1;; attempt++) {
			HttpResponse<InputStream> response;
			try {
				response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
					.header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ImportFailure("Importen avbröts");
			}
			catch (IOException ex) {
				if (attempt >= attempts) {
					throw new ImportFailure("Kolada svarar inte (" + url + "): " + ex.getMessage(), ex);
				}
				sleep(wait);
				wait = wait.multipliedBy(2);
				continue;
			}
			int status = response.statusCode();
			try (InputStream body = response.body()) {
				if (status == 200) {
					reader.accept(body);
					return;
				}
				boolean retry = status == 429 || status >= 500;
				if (!retry || attempt >= attempts) {
					throw new ImportFailure("Kolada svarade " + status + " på " + url + " efter " + attempt + " försök");
				}
				Duration pause = response.headers().firstValue("Retry-After").map(this::seconds).orElse(wait);
				sleep(pause.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : pause);
				wait = wait.multipliedBy(2);
			}
			catch (IOException ex) {
				throw new ImportFailure("Kunde inte läsa svaret från " + url + ": " + ex.getMessage(), ex);
			}
		}
	}

	private Duration seconds(String header) {
		try {
			return Duration.ofSeconds(Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			return firstBackOff;
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportFailure("Importen avbröts");
		}
	}
}
