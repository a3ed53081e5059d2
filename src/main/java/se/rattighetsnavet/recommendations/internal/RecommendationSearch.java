package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationPage;
import se.rattighetsnavet.recommendations.RecommendationPage.FacetValue;
import se.rattighetsnavet.recommendations.RecommendationPage.Hit;
import se.rattighetsnavet.recommendations.RecommendationQuery;

/**
 * Full-text search (English text, Swedish summary) with combinable filters and facet counts over the whole result set.
 */
@Repository
class RecommendationSearch {

	static final List<String> FACETS = List.of("body", "state", "session", "cycle", "response", "theme", "group", "sdg",
			"municipalRole", "relevance");

	/** Confirmed goals, or the suggested ones while none are confirmed. */
	private static final String GOALS = "(CASE WHEN cardinality(sdg_goals) > 0 THEN sdg_goals ELSE suggested_sdg_goals END)";
	private static final String QUERY_EN = "websearch_to_tsquery('english', :q)";
	private static final String QUERY_SV = "websearch_to_tsquery('swedish', :q)";
	private static final String FACET_SQL = """
			WITH hits AS MATERIALIZED (SELECT body, state, session, cycle, response, themes, groups, %s AS goals, municipal_roles,
			  relevance FROM recommendations_recommendation r %s)
			SELECT 'total' AS facet, NULL AS value, count(*) AS n FROM hits
			UNION ALL SELECT 'body', body, count(*) FROM hits GROUP BY body
			UNION ALL SELECT 'state', state, count(*) FROM hits GROUP BY state
			UNION ALL SELECT 'session', session, count(*) FROM hits WHERE session IS NOT NULL GROUP BY session
			UNION ALL SELECT 'cycle', cycle, count(*) FROM hits WHERE cycle IS NOT NULL GROUP BY cycle
			UNION ALL SELECT 'response', response, count(*) FROM hits WHERE response IS NOT NULL GROUP BY response
			UNION ALL SELECT 'theme', t, count(*) FROM hits, unnest(themes) t GROUP BY t
			UNION ALL SELECT 'group', g, count(*) FROM hits, unnest(groups) g GROUP BY g
			UNION ALL SELECT 'sdg', s::text, count(*) FROM hits, unnest(goals) s GROUP BY s
			UNION ALL SELECT 'municipalRole', m, count(*) FROM hits, unnest(municipal_roles) m GROUP BY m
			UNION ALL SELECT 'relevance', relevance, count(*) FROM hits WHERE relevance IS NOT NULL GROUP BY relevance
			""";

	private final NamedParameterJdbcTemplate jdbc;

	RecommendationSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	RecommendationPage search(RecommendationQuery query, boolean includeDrafts) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, includeDrafts, params);
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		FACETS.forEach(facet -> facets.put(facet, new ArrayList<>()));
		long[] total = { 0 };
		jdbc.query(FACET_SQL.formatted(GOALS, where), params, rs -> {
			String facet = rs.getString("facet");
			if ("total".equals(facet)) {
				total[0] = rs.getLong("n");
			}
			else {
				facets.get(facet).add(new FacetValue(rs.getString("value"), rs.getLong("n")));
			}
		});
		facets.values().forEach(values -> values.sort(Comparator.comparingLong(FacetValue::count).reversed()
			.thenComparing(FacetValue::value, Comparator.nullsLast(Comparator.naturalOrder()))));
		String snippet = query.text() == null ? "NULL" : "ts_headline('english', text, " + QUERY_EN
				+ ", 'StartSel=\u0001,StopSel=\u0002,MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=\" … \"')";
		params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		List<Hit> items = jdbc.query("SELECT r.*, " + snippet + " AS snippet FROM recommendations_recommendation r" + where
				+ " ORDER BY " + order(query) + " LIMIT :limit OFFSET :offset", params,
				(rs, row) -> new Hit(Recommendations.map(rs, row), highlight(rs.getString("snippet"))));
		return new RecommendationPage(items, total[0], query.page(), query.size(), facets);
	}

	void forEach(RecommendationQuery query, boolean includeDrafts, Consumer<Recommendation> each) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, includeDrafts, params);
		jdbc.query("SELECT r.* FROM recommendations_recommendation r" + where + " ORDER BY " + order(query), params,
				rs -> {
					each.accept(Recommendations.map(rs, rs.getRow()));
				});
	}

	private static String where(RecommendationQuery query, boolean includeDrafts, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		if (!includeDrafts) {
			where.append(" AND r.published");
		}
		if (query.text() != null) {
			where.append(" AND (r.search_en @@ ").append(QUERY_EN).append(" OR r.search_sv @@ ").append(QUERY_SV).append(")");
			params.addValue("q", query.text());
		}
		equal(where, params, "state", query.state());
		equal(where, params, "body", query.body());
		equal(where, params, "session", query.session());
		equal(where, params, "response", query.response());
		equal(where, params, "relevance", query.relevance());
		contains(where, params, "themes", "theme", query.theme());
		contains(where, params, "groups", "grp", query.group());
		contains(where, params, "municipal_roles", "role", query.municipalRole());
		if (query.sdgGoal() != null) {
			where.append(" AND ").append(GOALS).append(" @> ARRAY[:sdg]::smallint[]");
			params.addValue("sdg", query.sdgGoal());
		}
		return where.toString();
	}

	private static void equal(StringBuilder where, MapSqlParameterSource params, String column, String value) {
		if (value != null) {
			where.append(" AND r.").append(column).append(" = :").append(column);
			params.addValue(column, value);
		}
	}

	private static void contains(StringBuilder where, MapSqlParameterSource params, String column, String name, String value) {
		if (value != null) {
			where.append(" AND r.").append(column).append(" @> ARRAY[:").append(name).append("]::text[]");
			params.addValue(name, value);
		}
	}

	private static String order(RecommendationQuery query) {
		return switch (query.sort()) {
			case RELEVANCE -> query.text() == null ? "r.id" : "ts_rank(r.search_en, " + QUERY_EN + ") + ts_rank(r.search_sv, "
					+ QUERY_SV + ") DESC, r.id";
			case STATE -> "r.state, r.id";
			case SESSION -> "length(r.session), r.session, r.id";
			case NEWEST -> "r.id DESC";
		};
	}

	/** The text is escaped; only the match markers become {@code <mark>}. */
	static String highlight(String snippet) {
		if (snippet == null) {
			return null;
		}
		return HtmlUtils.htmlEscape(snippet).replace("\u0001", "<mark>").replace("\u0002", "</mark>");
	}
}
