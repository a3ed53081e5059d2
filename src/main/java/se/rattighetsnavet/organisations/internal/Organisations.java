package se.rattighetsnavet.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationPage;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.organisations.PopulationFigure;

/**
 * SQL of the registry's tables.
 */
@Repository
class Organisations {

	private static final Map<OrganisationQuery.Sort, String> ORDER = Map.of(
			OrganisationQuery.Sort.NAME, "short_name COLLATE \"sv-SE-x-icu\"",
			OrganisationQuery.Sort.CODE, "code",
			OrganisationQuery.Sort.COUNTY, "county_code",
			OrganisationQuery.Sort.POPULATION, "population",
			OrganisationQuery.Sort.TYPE, "type");

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;

	Organisations(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	Optional<Organisation> find(String code) {
		return jdbc.sql("SELECT * FROM organisations_organisation WHERE code = ?").param(code).query(Organisations::map).optional();
	}

	OrganisationPage search(OrganisationQuery query) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (query.type() != null) {
			where.append(" AND type = ?");
			params.add(query.type().name());
		}
		if (query.countyCode() != null && !query.countyCode().isBlank()) {
			where.append(" AND county_code = ?");
			params.add(query.countyCode());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND (name ILIKE ? OR code = ? OR county_name ILIKE ?)");
			String like = "%" + escapeLike(query.text().trim()) + "%";
			params.addAll(List.of(like, query.text().trim(), like));
		}
		long total = jdbc.sql("SELECT count(*) FROM organisations_organisation" + where).params(params).query(Long.class).single();
		String order = ORDER.get(query.sort()) + (query.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", code";
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add((long) query.page() * query.size());
		List<Organisation> items = jdbc.sql("SELECT * FROM organisations_organisation" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(Organisations::map)
			.list();
		return new OrganisationPage(items, total, query.page(), query.size());
	}

	List<Organisation> all(OrganisationType... types) {
		List<String> names = Arrays.stream(types).map(Enum::name).toList();
		String filter = names.isEmpty() ? "" : " WHERE type IN (:types)";
		var statement = jdbc.sql("SELECT * FROM organisations_organisation" + filter + " ORDER BY short_name COLLATE \"sv-SE-x-icu\"");
		if (!names.isEmpty()) {
			statement = statement.param("types", names);
		}
		return statement.query(Organisations::map).list();
	}

	List<PopulationFigure> populationHistory(String code) {
		return jdbc.sql("SELECT year, population FROM organisations_population WHERE code = ? ORDER BY year")
			.param(code)
			.query((rs, row) -> new PopulationFigure(rs.getInt("year"), rs.getInt("population")))
			.list();
	}

	/** @return false when the row's version has moved on */
	boolean updateOrganisationNumber(String code, String organisationNumber, int expectedVersion) {
		return jdbc.sql("UPDATE organisations_organisation SET organisation_number = ?, version = version + 1 WHERE code = ? AND version = ?")
			.params(organisationNumber, code, expectedVersion)
			.update() == 1;
	}

	boolean insertIfAbsent(Organisation organisation) {
		return jdbc.sql("""
				INSERT INTO organisations_organisation
				  (code, name, short_name, type, county_code, county_name, organisation_number, population, population_year)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING
				""")
			.params(organisation.code(), organisation.name(), organisation.shortName(), organisation.type().name(),
					organisation.countyCode(), organisation.countyName(), organisation.organisationNumber(),
					organisation.population(), organisation.populationYear())
			.update() == 1;
	}

	record PopulationRow(String code, int year, int population) {
	}

	void insertPopulation(List<PopulationRow> rows) {
		jdbcTemplate.batchUpdate("INSERT INTO organisations_population (code, year, population) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				rows, 1000, (statement, row) -> {
					statement.setString(1, row.code());
					statement.setInt(2, row.year());
					statement.setInt(3, row.population());
				});
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM organisations_organisation").query(Long.class).single();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("county_code"), rs.getString("county_name"),
				rs.getString("organisation_number"), (Integer) rs.getObject("population"),
				rs.getObject("population_year") == null ? null : rs.getInt("population_year"), rs.getInt("version"));
	}
}
