package se.rattighetsnavet.indicators;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Role;

/**
 * Load and query figures at 10 million values; runs only with RN_BENCH=1 (see bench/indicators-load-and-query.sh).
 * Prints figures, asserts nothing about time.
 */
@IntegrationTest
@EnabledIfEnvironmentVariable(named = "RN_BENCH", matches = "1")
class IndicatorsLoadBench {

	static final int KPIS = Integer.parseInt(System.getenv().getOrDefault("RN_BENCH_KPIS", "200"));
	static final int FIRST_YEAR = 1970;
	static final int YEARS = 54;
	static final String SECONDS = System.getenv().getOrDefault("RN_BENCH_SECONDS", "30");
	static final String[] GENDERS = { "T", "K", "M" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	se.rattighetsnavet.indicators.internal.ProfileService profiles;

	@Test
	void loadAndQuery() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "bench"));
		List<String> geos = organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION).stream()
			.map(Organisation::code).sorted().toList();
		List<String> allGeos = new ArrayList<>(geos);
		allGeos.add(0, "0000");
		List<String> kpis = new ArrayList<>();
		for (int k = 1; k <= KPIS; k++) {
			String id = "B%05d".formatted(k);
			kpis.add(id);
			jdbc.sql("INSERT INTO indicators_kpi (id, title, operating_area, municipality_type) VALUES (?, ?, 'Bench', 'A')"
					+ " ON CONFLICT DO NOTHING").params(id, "Syntetiskt nyckeltal " + k).update();
		}
		List<Path> files = new ArrayList<>();
		long values = 0;
		for (String kpi : kpis) {
			Path file = dir.resolve(kpi + ".csv");
			values += write(file, kpi, allGeos);
			files.add(file);
		}
		log("generated %,d values in %d CSV files (geo,year,gender,<kpi>) for %d organisations", values, files.size(), allGeos.size());

		// one signed-in session, as a client uploading many files would keep, rather than a password check per upload
		se.rattighetsnavet.FormClient office = new se.rattighetsnavet.FormClient(port)
			.signIn(new TestAccounts(jdbc, encoder).create("SKR", Role.PROGRAMME_OFFICE));
		long start = System.nanoTime();
		long inserted = 0;
		for (Path file : files) {
			ApiClient.Response response = office.send(Multipart.post(office.request("/api/v1/indicators/imports"),
					file.getFileName().toString(), Files.readAllBytes(file), Map.of("format", "csv")), "import");
			if (response.status() != 201 && response.status() != 202) {
				throw new IllegalStateException("import of " + file + " answered " + response.status() + ": " + response.text());
			}
			JsonNode report = response.json();
			while ("RUNNING".equals(report.get("status").asString())) {
				Thread.sleep(200);
				report = office.get("/api/v1/indicators/imports/" + report.get("id").asString()).json();
			}
			inserted += report.get("inserted").asLong();
		}
		double importSeconds = (System.nanoTime() - start) / 1e9;
		double serverSeconds = jdbc.sql("SELECT coalesce(sum(extract(epoch FROM finished_at - started_at)), 0) FROM indicators_import"
				+ " WHERE source LIKE 'B%.csv' AND started_at >= now() - make_interval(secs => ?)").param(importSeconds + 5)
			.query(Double.class).single();
		log("importer (HTTP upload in a signed-in session, parse, validate, COPY in binary, straight into the values table for KPIs"
				+ " without values, else staged and merged): %,d values inserted in %.1f s = %,.0f values/s",
				inserted, importSeconds, inserted / importSeconds);
		log("  of which the imports themselves (from the upload's hand-over to the commit, summed over the files): %.1f s = %,.0f values/s",
				serverSeconds, inserted / serverSeconds);

		jdbc.sql("DROP TABLE IF EXISTS indicators_bench_raw").update();
		jdbc.sql("CREATE TABLE indicators_bench_raw (LIKE indicators_value INCLUDING ALL)").update();
		Map<String, Integer> numbers = new java.util.HashMap<>();
		jdbc.sql("SELECT id, num FROM indicators_kpi WHERE id LIKE 'B%'").query(rs -> {
			numbers.put(rs.getString(1), rs.getInt(2));
		});
		start = System.nanoTime();
		long copied = 0;
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int i = 0; i < files.size(); i++) {
				String kpi = kpis.get(i);
				try (InputStream in = rows(files.get(i), numbers.get(kpi))) {
					copied += copy.copyIn("COPY indicators_bench_raw (kpi, geo, year, gender, value) FROM STDIN (FORMAT csv)", in);
				}
			}
		}
		double copySeconds = (System.nanoTime() - start) / 1e9;
		log("raw COPY of the same rows into a table with the same keys: %,d rows in %.1f s = %,.0f values/s", copied, copySeconds,
				copied / copySeconds);
		jdbc.sql("DROP TABLE indicators_bench_raw").update();
		jdbc.sql("ANALYZE indicators_value").update();
		log("indicators_value now holds %,d rows", jdbc.sql("SELECT count(*) FROM indicators_value").query(Long.class).single());

		// 50 of the synthetic KPIs join the cluster, so the profile computes 52 KPIs with data
		for (String kpi : kpis.subList(0, Math.min(50, kpis.size()))) {
			jdbc.sql("INSERT INTO indicators_cluster_entry (kpi_id, position) VALUES (?, 100000) ON CONFLICT DO NOTHING").param(kpi)
				.update();
		}
		explain(kpis);
		List<String> municipalities = geos.stream().filter(code -> !code.startsWith("00")).toList();
		List<String> profilePaths = municipalities.stream().map(code -> "/indikatorer/organisation/" + code).toList();
		List<String> dataPaths = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 500; i++) {
			dataPaths.add("/api/v1/kolada/v3/data/kpi/" + kpis.get(random.nextInt(kpis.size())) + ","
					+ kpis.get(random.nextInt(kpis.size())) + "/municipality/"
					+ municipalities.get(random.nextInt(municipalities.size())) + ","
					+ municipalities.get(random.nextInt(municipalities.size())));
		}
		long t = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			profiles.profile(municipalities.get(i));
		}
		log("profile computed in-process: %.1f ms each (20 sequential)", (System.nanoTime() - t) / 20e6);
		t = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			new ApiClient(port).get(profilePaths.get(i));
		}
		log("profile page over HTTP: %.1f ms each (20 sequential)", (System.nanoTime() - t) / 20e6);
		wrk("organisation profile (52 cluster KPIs with data, random municipality)", profilePaths, dir.resolve("profile.lua"));
		wrk("Kolada data API (2 KPIs x 2 municipalities x all years)", dataPaths, dir.resolve("data.lua"));
	}

	/** The plans of the profile's two queries, so a slow figure can be explained. */
	private void explain(List<String> kpis) throws IOException {
		String[] ids = kpis.subList(0, Math.min(50, kpis.size())).toArray(String[]::new);
		List<String> plan = jdbc.sql("""
				EXPLAIN (ANALYZE, BUFFERS) SELECT k.id, v.geo, v.year, v.gender, v.value FROM indicators_kpi k
				CROSS JOIN LATERAL (SELECT * FROM indicators_value v WHERE v.kpi = k.num
				AND v.geo = ANY('{0180,0000,0001}'::char(4)[])) v WHERE k.id = ANY(?)""").param(ids).query(String.class).list();
		log("plan of the profile's values query:%n  %s", String.join("\n  ", plan));
	}

	private long write(Path file, String kpi, List<String> geos) throws IOException {
		SplittableRandom random = new SplittableRandom(kpi.hashCode());
		long count = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("geo,year,gender," + kpi.toLowerCase() + "\n");
			for (String geo : geos) {
				for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
					for (String gender : GENDERS) {
						out.write(geo + "," + year + "," + gender + ","
								+ (random.nextInt(50) == 0 ? "" : String.valueOf(Math.round(random.nextDouble() * 1000000) / 10000.0))
								+ "\n");
						count++;
					}
				}
			}
		}
		return count;
	}

	/** The file's rows with the KPI number in front, as COPY csv input. */
	private static InputStream rows(Path file, int number) throws IOException {
		StringBuilder rows = new StringBuilder();
		try (var lines = Files.lines(file)) {
			lines.skip(1).forEach(line -> rows.append(number).append(',').append(line).append('\n'));
		}
		return new java.io.ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void wrk(String what, List<String> paths, Path script) throws Exception {
		StringBuilder lua = new StringBuilder("paths = {");
		paths.forEach(path -> lua.append('"').append(path).append("\","));
		lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
				+ "  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n"
				+ "done = function(summary, latency, requests)\n"
				+ "  io.write(string.format(\"RESULT requests=%d errors=%d non2xx=%d p50=%.1fms p95=%.1fms p99=%.1fms rps=%.1f\\n\",\n"
				+ "    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,\n"
				+ "    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,\n"
				+ "    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))\nend\n");
		Files.writeString(script, lua);
		Process warm = new ProcessBuilder("wrk", "-t1", "-c1", "-d5s", "-s", script.toString(), "http://127.0.0.1:" + port)
			.redirectErrorStream(true).start();
		warm.getInputStream().readAllBytes();
		warm.waitFor();
		Process process = new ProcessBuilder("wrk", "-t2", "-c4", "-d" + SECONDS + "s", "--timeout", "10s", "-s", script.toString(),
				"http://127.0.0.1:" + port).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		String result = output.lines().filter(line -> line.startsWith("RESULT")).findFirst().orElse(output);
		log("wrk -t2 -c4 -d%ss, %s: %s", SECONDS, what, result);
	}

	private static void log(String format, Object... args) throws IOException {
		String line = String.format(format, args);
		System.out.println("BENCH " + line);
		Files.writeString(Path.of("target", "bench", "indicators-results.txt"), line + "\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
	}
}
