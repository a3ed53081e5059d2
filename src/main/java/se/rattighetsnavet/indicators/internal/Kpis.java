package se.rattighetsnavet.indicators.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiGroup;

/** KPI metadata and groups. */
@Repository
class Kpis {

	private final JdbcClient jdbc;

	Kpis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Kpi> find(String id) {
		return jdbc.sql("SELECT * FROM indicators_kpi WHERE id = ?").param(id).query(Kpis::map).optional();
	}

	Optional<Integer> number(String id) {
		return jdbc.sql("SELECT num FROM indicators_kpi WHERE id = ?").param(id).query(Integer.class).optional();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM indicators_kpi").query(Long.class).single();
	}

	/** Kolada's {@code /kpi?id=…&title=…}: ids exactly, title as a case-insensitive part. */
	List<Kpi> search(List<String> ids, String title, int limit, int offset) {
		StringBuilder sql = new StringBuilder("SELECT * FROM indicators_kpi WHERE true");
		List<Object> params = new ArrayList<>();
		where(ids, title, sql, params);
		sql.append(" ORDER BY id LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(Kpis::map).list();
	}

	long searchCount(List<String> ids, String title) {
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM indicators_kpi WHERE true");
		List<Object> params = new ArrayList<>();
		where(ids, title, sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	private static void where(List<String> ids, String title, StringBuilder sql, List<Object> params) {
		if (!ids.isEmpty()) {
			sql.append(" AND id = ANY(?)");
			params.add(ids.toArray(String[]::new));
		}
		if (title != null && !title.isBlank()) {
			sql.append(" AND title ILIKE ?");
			params.add("%" + title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
	}

	List<KpiGroup> groups() {
		return jdbc.sql("""
				SELECT g.id, g.title, coalesce(array_agg(m.kpi_id ORDER BY m.kpi_id) FILTER (WHERE m.kpi_id IS NOT NULL), '{}') AS members
				FROM indicators_kpi_group g LEFT JOIN indicators_kpi_group_member m ON m.group_id = g.id
				GROUP BY g.id, g.title ORDER BY g.id""")
			.query((rs, n) -> new KpiGroup(rs.getString("id"), rs.getString("title"),
					List.of((String[]) rs.getArray("members").getArray())))
			.list();
	}

	/** Titles of the given KPIs, for group members. */
	java.util.Map<String, String> titles() {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		jdbc.sql("SELECT id, title FROM indicators_kpi").query(rs -> {
			titles.put(rs.getString(1), rs.getString(2));
		});
		return titles;
	}

	static Kpi map(ResultSet rs, int row) throws SQLException {
		return new Kpi(rs.getString("id"), rs.getString("title"), rs.getString("description"), rs.getString("definition"),
				rs.getString("operating_area"), rs.getString("perspective"), rs.getString("auspice"),
				rs.getBoolean("is_divided_by_gender"), rs.getString("municipality_type"), rs.getObject("publication_date", LocalDate.class),
				rs.getObject("prel_publication_date", LocalDate.class), rs.getObject("ou_publication_date", LocalDate.class),
				rs.getBoolean("has_ou_data"), rs.getString("publ_period"));
	}
}
