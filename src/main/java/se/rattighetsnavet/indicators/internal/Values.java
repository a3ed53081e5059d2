package se.rattighetsnavet.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.indicators.KpiValue;

/** Reads of the value table; each query is shaped to use its primary key or the (kpi, year, gender) index. */
@Repository
class Values {

	private final JdbcClient jdbc;

	Values(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of Kolada data objects (KPI × organisation × year), with every gender's value of each. Any of the filters may
	 * be empty (= all). Returns at most {@code limit} objects' values.
	 */
	List<KpiValue> page(List<String> kpis, List<String> geos, List<Integer> years, int limit, long offset) {
		StringBuilder groups = new StringBuilder("SELECT DISTINCT v.kpi, v.geo, v.year FROM indicators_value v WHERE true");
		List<Object> params = new ArrayList<>();
		if (!kpis.isEmpty()) {
			groups.append(" AND v.kpi = ANY(ARRAY(SELECT num FROM indicators_kpi WHERE id = ANY(?)))");
			params.add(kpis.toArray(String[]::new));
		}
		if (!geos.isEmpty()) {
			groups.append(" AND v.geo = ANY(?::char(4)[])");
			params.add(geos.toArray(String[]::new));
		}
		if (!years.isEmpty()) {
			groups.append(" AND v.year = ANY(?::smallint[])");
			params.add(years.toArray(Integer[]::new));
		}
		groups.append(" ORDER BY v.kpi, v.geo, v.year LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql("WITH g AS (" + groups + ") SELECT k.id, v.geo, v.year, v.gender, v.value, v.count, v.status"
				+ " FROM g JOIN indicators_value v ON v.kpi = g.kpi AND v.geo = g.geo AND v.year = g.year"
				+ " JOIN indicators_kpi k ON k.num = v.kpi ORDER BY g.kpi, g.geo, g.year, v.gender")
			.params(params).query(Values::map).list();
	}

	/** Every value of one KPI for the given organisations, all years and genders. */
	List<KpiValue> series(int kpi, List<String> geos) {
		return jdbc.sql("""
				SELECT k.id, v.geo, v.year, v.gender, v.value, v.count, v.status FROM indicators_value v
				JOIN indicators_kpi k ON k.num = v.kpi WHERE v.kpi = ? AND v.geo = ANY(?::char(4)[]) ORDER BY v.geo, v.year, v.gender""")
			.params(kpi, geos.toArray(String[]::new)).query(Values::map).list();
	}

	/** Every value of the given KPIs for the given organisations; one primary-key range scan per KPI. */
	List<KpiValue> of(List<String> kpis, List<String> geos) {
		return jdbc.sql("""
				SELECT k.id, v.geo, v.year, v.gender, v.value, v.count, v.status FROM indicators_kpi k
				CROSS JOIN LATERAL (SELECT * FROM indicators_value v WHERE v.kpi = k.num AND v.geo = ANY(?::char(4)[])) v
				WHERE k.id = ANY(?) ORDER BY k.id, v.geo, v.year, v.gender""")
			.params(geos.toArray(String[]::new), kpis.toArray(String[]::new)).query(Values::map).list();
	}

	/**
	 * What a profile shows of each KPI: the organisation's total values of every year, its gender split in its latest
	 * year, and the {@code others}' (Riket's, the county's) totals in that year. A tenth of every value of the three.
	 */
	List<KpiValue> forProfile(List<String> kpis, String code, List<String> others) {
		return jdbc.sql("""
				SELECT k.id, v.geo, v.year, v.gender, v.value, v.count, v.status FROM indicators_kpi k
				CROSS JOIN LATERAL (SELECT max(o.year) AS latest FROM indicators_value o
				    WHERE o.kpi = k.num AND o.geo = ?::char(4) AND o.gender = 'T') l
				CROSS JOIN LATERAL (
				    SELECT * FROM indicators_value v WHERE v.kpi = k.num AND v.geo = ?::char(4) AND (v.gender = 'T' OR v.year = l.latest)
				    UNION ALL
				    SELECT * FROM indicators_value v
				    WHERE v.kpi = k.num AND v.geo = ANY(?::char(4)[]) AND v.year = l.latest AND v.gender = 'T') v
				WHERE k.id = ANY(?) ORDER BY k.id, v.geo, v.year, v.gender""")
			.params(code, code, others.toArray(String[]::new), kpis.toArray(String[]::new)).query(Values::map).list();
	}

	/** The total values of one KPI in one year for the given organisations. */
	List<KpiValue> year(String kpi, int year, List<String> geos) {
		return jdbc.sql("""
				SELECT k.id, v.geo, v.year, v.gender, v.value, v.count, v.status FROM indicators_kpi k
				JOIN indicators_value v ON v.kpi = k.num AND v.year = ? AND v.gender = 'T'
				WHERE k.id = ? AND v.geo = ANY(?::char(4)[])""")
			.params(year, kpi, geos.toArray(String[]::new)).query(Values::map).list();
	}

	/**
	 * The non-null total values of every organisation but Riket for each (KPI, year) pair: the input of ranks and
	 * similar-sized means. One round trip, one scan of the (kpi, year, gender) index per pair.
	 */
	Map<PeerSlice.Key, Map<String, Double>> slices(List<PeerSlice.Key> keys) {
		Map<PeerSlice.Key, Map<String, Double>> slices = new HashMap<>();
		keys.forEach(key -> slices.put(key, new HashMap<>()));
		jdbc.sql("""
				SELECT t.kpi, t.year, v.geo, v.value
				FROM unnest(?::text[], ?::int[]) AS t(kpi, year)
				JOIN indicators_kpi k ON k.id = t.kpi
				JOIN indicators_value v ON v.kpi = k.num AND v.year = t.year AND v.gender = 'T'
				WHERE v.value IS NOT NULL AND v.geo <> '0000'""")
			.params(keys.stream().map(PeerSlice.Key::kpi).toArray(String[]::new),
					keys.stream().map(PeerSlice.Key::year).toArray(Integer[]::new))
			.query(rs -> {
				slices.get(new PeerSlice.Key(rs.getString(1), rs.getInt(2))).put(rs.getString(3), rs.getDouble(4));
			});
		return slices;
	}

	private static KpiValue map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new KpiValue(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getObject(5, Double.class),
				rs.getObject(6, Integer.class), rs.getString(7));
	}
}
