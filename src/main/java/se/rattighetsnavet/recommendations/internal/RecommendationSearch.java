package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
	/** The query text as tsqueries, computed once per statement; joined as {@code q} (columns en, sv). */
	private static final String WITH_QUERY = "WITH q AS MATERIALIZED (SELECT " + QUERY_EN + " AS en, " + QUERY_SV + " AS sv) ";
	/** Uses the GIN indexes on the stored tsvector columns. */
	private static final String MATCH = "r.search_en @@ q.en OR r.search_sv @@ q.sv";

	private final NamedParameterJdbcTemplate jdbc;
	private final FacetIndex facetIndex;

	RecommendationSearch(NamedParameterJdbcTemplate jdbc, FacetIndex facetIndex) {
		this.jdbc = jdbc;
		this.facetIndex = facetIndex;
	}

	RecommendationPage search(RecommendationQuery query, boolean includeDrafts) {
		FacetIndex.Snapshot index = facetIndex.current();
		int[] matched = null;
		double[] ranks = null;
		if (query.text() != null) {
			List<long[]> rows = new ArrayList<>();
			jdbc.query(WITH_QUERY + "SELECT r.id, ts_rank(r.search_en, q.en) + ts_rank(r.search_sv, q.sv) AS rank"
					+ " FROM q, recommendations_recommendation r WHERE " + MATCH, new MapSqlParameterSource("q", query.text()),
					rs -> {
						rows.add(new long[] { rs.getLong(1), Double.doubleToRawLongBits(rs.getDouble(2)) });
					});
			ranks = new double[index.size()];
			matched = docs(index, rows, ranks);
		}
		Map<String, Integer> filters = new HashMap<>();
		Map<String, String> wanted = new LinkedHashMap<>();
		wanted.put("body", query.body());
		wanted.put("state", query.state());
		wanted.put("session", query.session());
		wanted.put("response", query.response());
		wanted.put("relevance", query.relevance());
		wanted.put("theme", query.theme());
		wanted.put("group", query.group());
		wanted.put("sdg", query.sdgGoal() == null ? null : String.valueOf(query.sdgGoal()));
		wanted.put("municipalRole", query.municipalRole());
		boolean impossible = false;
		for (Map.Entry<String, String> entry : wanted.entrySet()) {
			if (entry.getValue() != null) {
				Integer code = index.facets().get(entry.getKey()).codes.get(entry.getValue());
				impossible |= code == null;
				filters.put(entry.getKey(), code == null ? -2 : code);
			}
		}
		int candidates = matched == null ? index.size() : matched.length;
		int[] hits = new int[candidates];
		int count = 0;
		if (!impossible) {
			for (int i = 0; i < candidates; i++) {
				int doc = matched == null ? i : matched[i];
				if ((includeDrafts || index.published()[doc]) && matches(index, doc, filters)) {
					hits[count++] = doc;
				}
			}
		}
		Map<String, List<FacetValue>> facets = counts(index, hits, count);
		int[] found = Arrays.copyOf(hits, count);
		List<Long> pageIds = page(index, found, ranks, query);
		return new RecommendationPage(items(pageIds, query), count, query.page(), query.size(), facets);
	}

	/**
	 * The documents (positions in the index, ascending) of the matched ids, with each one's rank. Ids not yet in the
	 * index (committed after it was built) are left out, as the facet filters could not be applied to them.
	 */
	private static int[] docs(FacetIndex.Snapshot index, List<long[]> rows, double[] ranks) {
		int[] docs = new int[rows.size()];
		int count = 0;
		for (long[] row : rows) {
			int doc = Arrays.binarySearch(index.ids(), row[0]);
			if (doc >= 0) {
				docs[count++] = doc;
				ranks[doc] = Double.longBitsToDouble(row[1]);
			}
		}
		int[] result = Arrays.copyOf(docs, count);
		Arrays.sort(result);
		return result;
	}

	private static boolean matches(FacetIndex.Snapshot index, int doc, Map<String, Integer> filters) {
		for (Map.Entry<String, Integer> filter : filters.entrySet()) {
			FacetIndex.Facet facet = index.facets().get(filter.getKey());
			int code = filter.getValue();
			if (facet.single != null) {
				if (facet.single[doc] != code) {
					return false;
				}
			}
			else {
				boolean found = false;
				for (int value : facet.multi[doc]) {
					found |= value == code;
				}
				if (!found) {
					return false;
				}
			}
		}
		return true;
	}

	private static Map<String, List<FacetValue>> counts(FacetIndex.Snapshot index, int[] hits, int count) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String name : FACETS) {
			FacetIndex.Facet facet = index.facets().get(name);
			int[] counts = new int[facet.values.size()];
			for (int i = 0; i < count; i++) {
				int doc = hits[i];
				if (facet.single != null) {
					if (facet.single[doc] >= 0) {
						counts[facet.single[doc]]++;
					}
				}
				else {
					for (int value : facet.multi[doc]) {
						counts[value]++;
					}
				}
			}
			List<FacetValue> values = new ArrayList<>();
			for (int code = 0; code < counts.length; code++) {
				if (counts[code] > 0) {
					values.add(new FacetValue(facet.values.get(code), counts[code]));
				}
			}
			values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
			facets.put(name, values);
		}
		return facets;
	}

	private static List<Long> page(FacetIndex.Snapshot index, int[] hits, double[] ranks, RecommendationQuery query) {
		Integer[] docs = Arrays.stream(hits).boxed().toArray(Integer[]::new);
		long[] ids = index.ids();
		Comparator<Integer> byId = Comparator.comparingLong(doc -> ids[doc]);
		Comparator<Integer> order = switch (query.sort()) {
			case RELEVANCE -> ranks == null ? byId
					: Comparator.<Integer>comparingDouble(doc -> -ranks[doc]).thenComparing(byId);
			case STATE -> Comparator.<Integer>comparingInt(doc -> rank(index.stateOrder(), index.facets().get("state").single[doc]))
				.thenComparing(byId);
			case SESSION -> Comparator.<Integer>comparingInt(doc -> rank(index.sessionOrder(), index.facets().get("session").single[doc]))
				.thenComparing(byId);
			case NEWEST -> byId.reversed();
		};
		int from = Math.min(docs.length, query.page() * query.size());
		int to = Math.min(docs.length, from + query.size());
		if (query.sort() == RecommendationQuery.Sort.RELEVANCE && ranks == null) {
			return Arrays.stream(docs, from, to).map(doc -> ids[doc]).toList();
		}
		Arrays.sort(docs, order);
		return Arrays.stream(docs, from, to).map(doc -> ids[doc]).toList();
	}

	private static int rank(int[] order, int code) {
		return code < 0 ? Integer.MAX_VALUE : order[code];
	}

	private List<Hit> items(List<Long> ids, RecommendationQuery query) {
		if (ids.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ids.toArray(Long[]::new)).addValue("q", query.text());
		String snippet = query.text() == null ? "NULL" : "ts_headline('english', text, " + QUERY_EN
				+ ", 'StartSel=\u0001,StopSel=\u0002,MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=\" … \"')";
		Map<Long, Hit> byId = new HashMap<>();
		jdbc.query("SELECT r.*, " + snippet + " AS snippet FROM recommendations_recommendation r WHERE id = ANY(:ids)", params,
				(rs, row) -> byId.put(rs.getLong("id"), new Hit(Recommendations.map(rs, row), highlight(rs.getString("snippet")))));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
