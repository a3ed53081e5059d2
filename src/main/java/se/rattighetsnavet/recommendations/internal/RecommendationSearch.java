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

	private static final int EXPORT_CHUNK = 500;

	static final List<String> FACETS = List.of("body", "state", "session", "cycle", "response", "theme", "group", "sdg",
			"municipalRole", "relevance");

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
		Selection selection = select(query, includeDrafts);
		Map<String, List<FacetValue>> facets = counts(selection.index(), selection.hits(), selection.hits().length);
		long[] ids = ordered(selection, query, Math.min(selection.hits().length, (query.page() + 1) * query.size()));
		int from = Math.min(ids.length, query.page() * query.size());
		List<Long> pageIds = Arrays.stream(ids, from, ids.length).boxed().toList();
		return new RecommendationPage(items(pageIds, query), selection.hits().length, query.page(), query.size(), facets);
	}

	/** The documents that match the text and the filters (positions in the index, ascending), with the text ranks. */
	private record Selection(FacetIndex.Snapshot index, int[] hits, double[] ranks) {
	}

	private Selection select(RecommendationQuery query, boolean includeDrafts) {
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
		return new Selection(index, Arrays.copyOf(hits, count), ranks);
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

	/** The ids of the first {@code limit} selected documents in the query's order. */
	private static long[] ordered(Selection selection, RecommendationQuery query, int limit) {
		FacetIndex.Snapshot index = selection.index();
		long[] ids = index.ids();
		double[] ranks = selection.ranks();
		int[] hits = selection.hits();
		if (query.sort() == RecommendationQuery.Sort.RELEVANCE && ranks == null) {
			// without a text to rank by, the index's own order (by id) is the order
			return Arrays.stream(hits, 0, limit).mapToLong(doc -> ids[doc]).toArray();
		}
		Comparator<Integer> byId = Comparator.comparingLong(doc -> ids[doc]);
		Comparator<Integer> order = switch (query.sort()) {
			case RELEVANCE -> Comparator.<Integer>comparingDouble(doc -> -ranks[doc]).thenComparing(byId);
			case STATE -> Comparator.<Integer>comparingInt(doc -> rank(index.stateOrder(), index.facets().get("state").single[doc]))
				.thenComparing(byId);
			case SESSION -> Comparator.<Integer>comparingInt(doc -> rank(index.sessionOrder(), index.facets().get("session").single[doc]))
				.thenComparing(byId);
			case NEWEST -> byId.reversed();
		};
		Integer[] docs = Arrays.stream(hits).boxed().toArray(Integer[]::new);
		Arrays.sort(docs, order);
		return Arrays.stream(docs, 0, limit).mapToLong(doc -> ids[doc]).toArray();
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

	/**
	 * Every selected recommendation in the query's order, read in chunks by id: the same selection as {@link #search},
	 * so an export holds exactly what the search showed.
	 */
	void forEach(RecommendationQuery query, boolean includeDrafts, Consumer<Recommendation> each) {
		Selection selection = select(query, includeDrafts);
		long[] ids = ordered(selection, query, selection.hits().length);
		for (int from = 0; from < ids.length; from += EXPORT_CHUNK) {
			long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + EXPORT_CHUNK));
			Map<Long, Recommendation> byId = new HashMap<>();
			jdbc.query("SELECT r.* FROM recommendations_recommendation r WHERE id = ANY(:ids)",
					new MapSqlParameterSource("ids", Arrays.stream(chunk).boxed().toArray(Long[]::new)),
					(rs, row) -> byId.put(rs.getLong("id"), Recommendations.map(rs, row)));
			for (long id : chunk) {
				Recommendation recommendation = byId.get(id);
				if (recommendation != null) {
					each.accept(recommendation);
				}
			}
		}
	}

	/** The text is escaped; only the match markers become {@code <mark>}. */
	static String highlight(String snippet) {
		if (snippet == null) {
			return null;
		}
		return HtmlUtils.htmlEscape(snippet).replace("\u0001", "<mark>").replace("\u0002", "</mark>");
	}
}
