package se.rattighetsnavet.indicators.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.indicators.ImportReport;

/**
 * On first start loads the Kolada reference files (KPI metadata, groups, memberships and the real series) through the
 * ordinary importer and seeds the cluster with the members of Kolada's group "Mänskliga rättigheter". A marker row
 * makes every later start skip it at the cost of one query.
 */
@Component
class KoladaReferenceLoader implements ApplicationRunner {

	static final String MARKER = "kolada-reference-2024-08";
	static final String HUMAN_RIGHTS_GROUP = "g2kpi96580";
	private static final Logger log = LoggerFactory.getLogger(KoladaReferenceLoader.class);
	private static final String[] FILES = { "kolada_v2_kpi_metadata_2024-08-17.csv", "kolada_kpi_groups_tags.csv",
			"kolada_kpi_group_membership.csv", "kolada_N05401_by_geo_year.csv", "kolada_N05401_by_geo_gender_year.csv",
			"kolada_N05815_by_geo_year.csv" };

	private final ImportService imports;
	private final JdbcClient jdbc;
	private final Clock clock;

	KoladaReferenceLoader(ImportService imports, JdbcClient jdbc, Clock clock) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM indicators_reference_load WHERE name = ?").param(MARKER).query(Long.class).single() > 0) {
			return;
		}
		for (String file : FILES) {
			ImportReport report = imports.importNow("csv", "reference/kolada/" + file, sink -> {
				try (Reader reader = new InputStreamReader(new ClassPathResource("reference/kolada/" + file).getInputStream(),
						StandardCharsets.UTF_8)) {
					new CsvImportReader().read(reader, sink);
				}
			}, true);
			log.info("Kolada reference {}: {} read, {} inserted, {} updated, {} unchanged, {} rejected", file, report.rowsRead(),
					report.inserted(), report.updated(), report.unchanged(), report.rejected());
			if (report.status() != ImportReport.Status.DONE) {
				throw new IllegalStateException("Kolada reference file " + file + " could not be loaded: " + report.message());
			}
		}
		// the cluster starts as Kolada's group, ordered by operating area; the programme office curates it from there
		jdbc.sql("""
				INSERT INTO indicators_cluster_entry (kpi_id, position)
				SELECT k.id, 10 * row_number() OVER (ORDER BY k.operating_area, k.id)
				FROM indicators_kpi_group_member m JOIN indicators_kpi k ON k.id = m.kpi_id
				WHERE m.group_id = ? ON CONFLICT (kpi_id) DO NOTHING""").param(HUMAN_RIGHTS_GROUP).update();
		jdbc.sql("INSERT INTO indicators_reference_load (name, loaded_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(MARKER, Timestamp.from(clock.instant())).update();
	}
}
