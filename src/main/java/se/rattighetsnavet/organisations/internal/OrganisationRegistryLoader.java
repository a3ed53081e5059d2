package se.rattighetsnavet.organisations.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.internal.Organisations.PopulationRow;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actor;

/**
 * Loads the 290 municipalities, 21 regions and the three national bodies from the reference files on first start.
 * Inserting skips rows that exist, so running it again changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationRegistryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganisationRegistryLoader.class);
	private static final String GEO = "reference/geo/";
	private static final int POPULATION_YEAR = 2022;

	private final Organisations organisations;
	private final AuditLog auditLog;

	OrganisationRegistryLoader(Organisations organisations, AuditLog auditLog) {
		this.organisations = organisations;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisations.count() >= 314) {
			return;
		}
		int[] created = { 0 };
		Consumer<Organisation> insert = organisation -> {
			if (organisations.insertIfAbsent(organisation)) {
				auditLog.record(Actor.SYSTEM, "create", OrganisationService.ENTITY, organisation.code(), null, organisation);
				created[0]++;
			}
		};
		nationalBodies(insert);
		read(GEO + "se_regions_with_kolada_ids_pop2022.csv", row -> insert.accept(new Organisation(
				row.get("kolada_region_id"), row.get("kolada_region_name"), row.get("kolada_region_name"), OrganisationType.REGION,
				row.get("county_code"), row.get("county_name"), null, Integer.valueOf(row.get("population_2022_N01951")),
				POPULATION_YEAR, 0)));
		read(GEO + "se_municipalities_with_kolada_ids_pop2022.csv", row -> insert.accept(new Organisation(
				row.get("kolada_municipality_id"), row.get("municipality_name_long"), row.get("municipality_name"),
				OrganisationType.KOMMUN, row.get("county_code"), row.get("county_name"), null,
				Integer.valueOf(row.get("population_2022_N01951")), POPULATION_YEAR, 0)));
		List<PopulationRow> population = new ArrayList<>();
		read(GEO + "kolada_N01951_population_by_geo_year.csv", row -> {
			String code = row.get("geo");
			String value = row.get("n01951");
			// Riket is no organisation; an empty value is a year before the municipality existed (Knivsta before 2003)
			if (!"0000".equals(code) && !value.isBlank()) {
				population.add(new PopulationRow(code, Integer.parseInt(row.get("year")), new BigDecimal(value).intValueExact()));
			}
		});
		organisations.insertPopulation(population);
		log.info("Organisation registry loaded: {} organisations added", created[0]);
	}

	private void nationalBodies(Consumer<Organisation> insert) {
		insert.accept(national("SKR", "Sveriges Kommuner och Regioner", "SKR", OrganisationType.SKR, "222000-0315"));
		insert.accept(national("REGERINGSKANSLIET", "Regeringskansliet", "Regeringskansliet", OrganisationType.REGERINGSKANSLIET, "202100-3831"));
		insert.accept(national("KAMMARKOLLEGIET", "Kammarkollegiet", "Kammarkollegiet", OrganisationType.KAMMARKOLLEGIET, "202100-0829"));
	}

	private static Organisation national(String code, String name, String shortName, OrganisationType type, String number) {
		return new Organisation(code, name, shortName, type, null, null, number, null, null, 0);
	}

	private static void read(String resource, Consumer<CSVRecord> each) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
			format.parse(reader).forEach(each);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read reference data " + resource, ex);
		}
	}
}
