package se.rattighetsnavet.recommendations;

import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.Role;

/**
 * Not a test: run by bench/recommendations-import-and-search.sh. Generates at least 40,000 UPR Info rows from the
 * sample (each row repeated with later session numbers), times a bare psql \copy of them into a table with a tsvector
 * column and GIN index, then the register's import of the same file into the full schema in a fresh JVM (cold code),
 * then a second file of different rows into the register already holding the first (warm code, as in a running
 * server), then search with facets over both.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "rn.bench", matches = "true")
class RecommendationImportSearchBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DataSource dataSource;

	@Autowired
	RecommendationManagement recommendations;

	@Test
	void importAndSearch() throws Exception {
		int copies = Integer.getInteger("rn.bench.copies", 8);
		Path directory = Files.createDirectories(Path.of("target", "bench"));
		Path file = directory.resolve("upr-bench.csv");
		int rows = generate(file, 0, copies);
		Path second = directory.resolve("upr-bench-second.csv");
		generate(second, copies, copies);
		StringBuilder report = new StringBuilder("rows generated: " + rows + " per file, two files with different rows\n");

		String url;
		try (var connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		String port = url.replaceAll(".*localhost:(\\d+)/.*", "$1");
		jdbc.sql("DROP TABLE IF EXISTS bench_copy").update();
		jdbc.sql("""
				CREATE TABLE bench_copy ("To" text, "To-Rgrp" text, "To-Org" text, "Text" text, "From" text, "From-Rgrp" text,
				  "From-Org" text, "Response" text, "Action" text, "Issue" text, "Session" text,
				  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', "Text")) STORED)
				""").update();
		jdbc.sql("CREATE INDEX bench_copy_tsv ON bench_copy USING gin (tsv)").update();
		long start = System.nanoTime();
		Process psql = new ProcessBuilder("/usr/bin/psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "postgres", "-q", "-c",
				"\\copy bench_copy (\"To\",\"To-Rgrp\",\"To-Org\",\"Text\",\"From\",\"From-Rgrp\",\"From-Org\",\"Response\",\"Action\",\"Issue\",\"Session\") FROM '"
						+ file.toAbsolutePath() + "' WITH (FORMAT csv, HEADER true)")
			.inheritIO().start();
		if (!psql.waitFor(10, TimeUnit.MINUTES) || psql.exitValue() != 0) {
			throw new IllegalStateException("psql \\copy failed");
		}
		double copySeconds = (System.nanoTime() - start) / 1e9;
		long copied = jdbc.sql("SELECT count(*) FROM bench_copy").query(Long.class).single();
		report.append("bare \\copy into table with tsvector + GIN: %d rows in %.2f s = %.0f rows/s%n".formatted(copied, copySeconds,
				copied / copySeconds));
		jdbc.sql("DROP TABLE bench_copy").update();

		ApiClient office = new ApiClient(this.port).as(new TestAccounts(jdbc, passwordEncoder).create("SKR", Role.PROGRAMME_OFFICE));
		report.append(importFile(office, file, "first import in a fresh JVM (cold code)"));
		report.append(search());
		report.append(importFile(office, second, "second file, same JVM (warm code), register already holding the first"));
		report.append(search());
		System.out.println("\n=== recommendations benchmark ===\n" + report);
		Files.writeString(directory.resolve("recommendations-bench.txt"), report.toString());
	}

	/** p50/p95 of ten kinds of search with facets over the whole register, after warming up. */
	private String search() {
		StringBuilder report = new StringBuilder();
		long total = jdbc.sql("SELECT count(*) FROM recommendations_recommendation").query(Long.class).single();
		jdbc.sql("ANALYZE recommendations_recommendation").update();
		List<RecommendationQuery> queries = List.of(
				RecommendationQuery.all(),
				query("children", null, null, null, null),
				query("women violence", null, null, null, null),
				query(null, "Sweden", null, null, null),
				query(null, null, "Women's rights", null, null),
				query(null, null, null, 16, null),
				query("torture", null, null, null, "Noted"),
				query("education", null, null, 4, null),
				query("\"human rights defenders\"", null, null, null, null),
				query(null, null, "Justice", null, "Accepted"));
		for (int i = 0; i < 30; i++) {
			queries.forEach(recommendations::search);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			for (RecommendationQuery query : queries) {
				long t = System.nanoTime();
				recommendations.search(query);
				times.add((System.nanoTime() - t) / 1e6);
			}
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		report.append("search with 10 facets over %d recommendations, %d searches of 10 kinds: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
			.formatted(total, sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]));
		for (RecommendationQuery query : queries) {
			double[] own = new double[40];
			for (int i = 0; i < own.length; i++) {
				long t = System.nanoTime();
				recommendations.search(query);
				own[i] = (System.nanoTime() - t) / 1e6;
			}
			Arrays.sort(own);
			report.append("  p50 %6.1f ms  p95 %6.1f ms  q=%s state=%s theme=%s sdg=%s response=%s hits=%d%n".formatted(percentile(own, 50),
					percentile(own, 95), query.text(), query.state(), query.theme(), query.sdgGoal(), query.response(),
					recommendations.search(query).total()));
		}
		return report.toString();
	}

	private static RecommendationQuery query(String text, String state, String theme, Integer sdg, String response) {
		return new RecommendationQuery(text, state, null, null, response, theme, null, sdg, null, null, null, 0, 20);
	}

	private String importFile(ApiClient office, Path file, String what) throws Exception {
		long start = System.nanoTime();
		JsonNode result = RecommendationImportTests.upload(office, "upr-info", file.getFileName().toString(), Files.readAllBytes(file),
				false).json();
		String id = result.get("id").asString();
		while (!"DONE".equals(result.get("status").asString()) && !"FAILED".equals(result.get("status").asString())) {
			Thread.sleep(100);
			result = office.get("/api/v1/recommendations/imports/" + id).json();
		}
		double wall = (System.nanoTime() - start) / 1e9;
		double server = jdbc.sql("SELECT extract(epoch FROM finished_at - started_at) FROM recommendations_import WHERE id = ?::uuid")
			.param(id).query(Double.class).single();
		long created = result.get("created").asLong();
		return ("register import, %s (full schema: 2 tsvector GIN indexes, primary and natural key, suggestions computed):"
				+ " %d new in %.2f s server-side = %.0f rows/s (%.2f s incl. upload and polling)%n").formatted(what, created, server,
						created / server, wall);
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** The sample repeated: copy k moves every row to session + 5k, a distinct natural key. */
	private static int generate(Path file, int firstCopy, int copies) throws Exception {
		List<CSVRecord> sample;
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(RecommendationImportSearchBenchmark.class
			.getResourceAsStream(RecommendationImportTests.SAMPLE), StandardCharsets.UTF_8)) {
			sample = format.parse(reader).getRecords();
		}
		int rows = 0;
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			printer.printRecord("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session");
			for (int k = firstCopy; k < firstCopy + copies; k++) {
				for (CSVRecord record : sample) {
					List<String> values = new ArrayList<>(record.toList());
					values.set(10, String.valueOf(Integer.parseInt(values.get(10)) + 5 * k));
					printer.printRecord(values);
					rows++;
				}
			}
		}
		return rows;
	}
}
