package se.rattighetsnavet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.ApiTestSupport;
import se.rattighetsnavet.platform.Role;

class OperationsAndHeadersTests extends ApiTestSupport {

	@Test
	void healthIsOpenAndReadinessIncludesTheDatabase() {
		assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		ApiClient.Response readiness = api.as(accounts.create("SKR", Role.ADMIN)).get("/actuator/health/readiness");
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().get("components").has("db")).isTrue();
	}

	@Test
	void metricsAreForAdministratorsOnly() {
		assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api.as(accounts.create("SKR", Role.PROGRAMME_OFFICE)).get("/actuator/prometheus").status()).isEqualTo(403);
		ApiClient.Response metrics = api.as(accounts.create("SKR", Role.ADMIN)).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void openApiDescribesTheApi() {
		ApiClient.Response docs = api.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/organisations")).isTrue();
		assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void pagesCarrySecurityHeadersAndSwedishByDefault() throws Exception {
		HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(api.request("/").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.body()).contains("<html lang=\"sv\"");
		assertThat(api.get("/?lang=en").text()).contains("<html lang=\"en\"");
		assertThat(api.get("/?lang=fr").text()).contains("<html lang=\"sv\"");
	}

	@Test
	void formsRequireTheCsrfToken() {
		ApiClient.Response forged = api.send(api.request("/logga-in").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=a&password=b")), "/logga-in");
		assertThat(forged.status()).isEqualTo(403);
	}

	@Test
	void tooLargeUploadsAreRefusedWithAProblem() {
		String admin = accounts.create("SKR", Role.ADMIN);
		String boundary = "rn-boundary";
		byte[] file = new byte[21 * 1024 * 1024];
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
		ApiClient.Response response = api.as(admin).send(api.as(admin).request("/api/v1/users")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)), "/api/v1/users");
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("20 MB");
	}

	@Test
	void apiErrorsAreProblemsNeverStackTraces() {
		ApiClient.Response unknown = api.get("/api/v1/finns-inte");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		ApiClient.Response wrongType = api.as(accounts.create("SKR", Role.ADMIN)).send(api.request("/api/v1/users")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("x:y".getBytes()))
			.header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")), "/api/v1/users");
		assertThat(wrongType.status()).isEqualTo(401);
		String admin = accounts.create("SKR", Role.ADMIN);
		ApiClient.Response unsupported = api.as(admin).send(api.as(admin).request("/api/v1/users").header("Content-Type", "text/plain")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")), "/api/v1/users");
		assertThat(unsupported.status()).isEqualTo(415);
		assertThat(unsupported.text()).doesNotContain("Exception", "at se.");
	}
}
