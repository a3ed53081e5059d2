package se.rattighetsnavet.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

/** Syncing from a Kolada v3 API, played by a local HTTP server that throttles and fails before it answers. */
@IntegrationTest
class KoladaSyncTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	HttpServer kolada;
	final List<String> requests = new CopyOnWriteArrayList<>();
	final AtomicInteger kpiCalls = new AtomicInteger();
	final AtomicInteger dataCalls = new AtomicInteger();
	String kpi;

	@BeforeEach
	void startKolada() throws IOException {
		kpi = IndicatorImportTests.uniqueKpi();
		kolada = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		kolada.createContext("/v3/", exchange -> {
			String uri = exchange.getRequestURI().toString();
			requests.add(uri);
			if (uri.startsWith("/v3/kpi")) {
				// throttled once, then answered
				if (kpiCalls.getAndIncrement() == 0) {
					respond(exchange, 429, "{}");
				}
				else {
					respond(exchange, 200, new String(KoladaJson.kpi(kpi), StandardCharsets.UTF_8));
				}
			}
			else if (uri.startsWith("/v3/data/kpi/")) {
				if (dataCalls.getAndIncrement() == 0) {
					respond(exchange, 503, "unavailable");
				}
				else {
					respond(exchange, 200, """
							{"values": [{"kpi": "%s", "municipality": "0180", "period": 2021,
							  "values": [{"gender": "T", "count": 1, "status": "", "value": 3.5}]}],
							 "count": 1, "next_url": "http://127.0.0.1:%d/v3/page2", "previous_url": null}"""
						.formatted(kpi, kolada.getAddress().getPort()));
				}
			}
			else if (uri.startsWith("/v3/page2")) {
				respond(exchange, 200, """
						{"values": [{"kpi": "%s", "municipality": "1480", "period": 2021,
						  "values": [{"gender": "T", "count": null, "status": "B", "value": null}]}],
						 "count": 1, "next_url": null, "previous_url": "x"}""".formatted(kpi));
			}
			else {
				respond(exchange, 404, "{}");
			}
		});
		kolada.start();
	}

	@AfterEach
	void stopKolada() {
		kolada.stop(0);
	}

	@Test
	void followsNextUrlRetriesThrottlingAndChangesNothingTheSecondTime() {
		ApiClient office = new ApiClient(port).as(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE));
		Map<String, Object> request = Map.of("baseUrl", "http://127.0.0.1:" + kolada.getAddress().getPort() + "/v3", "kpis",
				List.of(kpi), "years", List.of(2021), "fromDate", "2024-01-01");
		JsonNode first = office.post("/api/v1/indicators/syncs", request).json();
		assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("DONE");
		assertThat(first.get("rowsRead").asLong()).isEqualTo(3);
		assertThat(first.get("inserted").asLong()).isEqualTo(3);
		assertThat(requests).anyMatch(uri -> uri.equals("/v3/data/kpi/" + kpi + "/year/2021?per_page=5000&from_date=2024-01-01"));
		assertThat(kpiCalls.get()).isEqualTo(2);
		assertThat(dataCalls.get()).isEqualTo(2);

		JsonNode second = office.post("/api/v1/indicators/syncs", request).json();
		assertThat(second.get("inserted").asLong() + second.get("updated").asLong()).isZero();
		assertThat(second.get("unchanged").asLong()).isEqualTo(3);
	}

	@Test
	void aServerThatKeepsFailingFailsTheSyncWithoutWritingAnything() {
		kpiCalls.set(1);
		dataCalls.set(-100);
		kolada.removeContext("/v3/");
		kolada.createContext("/v3/", exchange -> respond(exchange, 500, "down"));
		ApiClient office = new ApiClient(port).as(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE));
		JsonNode report = office.post("/api/v1/indicators/syncs", Map.of("baseUrl", "http://127.0.0.1:" + kolada.getAddress()
			.getPort() + "/v3", "kpis", List.of(kpi), "municipalities", List.of("0180"))).json();
		assertThat(report.toString()).contains("FAILED").contains("500");
		assertThat(new ApiClient(port).post("/api/v1/indicators/syncs", Map.of()).status()).isEqualTo(401);
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		if (status == 429 || status >= 500) {
			exchange.getResponseHeaders().add("Retry-After", "0");
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
