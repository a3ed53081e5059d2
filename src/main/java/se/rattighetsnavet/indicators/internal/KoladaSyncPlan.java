package se.rattighetsnavet.indicators.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The URLs that fetch data for given KPIs (and optionally municipalities and years) from a Kolada v3 API: Kolada
 * accepts at most {@value #MAX_IDS} ids per path segment and {@value #PER_PAGE} values per page, so longer lists are
 * split; {@code from_date} asks only for values changed since that day.
 */
record KoladaSyncPlan(String baseUrl, List<String> kpis, List<String> municipalities, List<Integer> years, LocalDate fromDate) {

	static final int MAX_IDS = 25;
	static final int PER_PAGE = 5000;

	KoladaSyncPlan {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		kpis = List.copyOf(kpis);
		municipalities = List.copyOf(municipalities);
		years = List.copyOf(years);
		if (kpis.isEmpty()) {
			throw new IllegalArgumentException("at least one KPI");
		}
	}

	List<String> kpiUrls() {
		return chunks(kpis).stream().map(chunk -> baseUrl + "/kpi?id=" + chunk + "&per_page=" + PER_PAGE).toList();
	}

	List<String> dataUrls() {
		List<String> urls = new ArrayList<>();
		String query = "?per_page=" + PER_PAGE + (fromDate == null ? "" : "&from_date=" + fromDate);
		for (String kpiChunk : chunks(kpis)) {
			if (!municipalities.isEmpty()) {
				for (String municipalityChunk : chunks(municipalities)) {
					String yearPart = years.isEmpty() ? "" : "/year/" + join(years.stream().map(String::valueOf).toList());
					urls.add(baseUrl + "/data/kpi/" + kpiChunk + "/municipality/" + municipalityChunk + yearPart + query);
				}
			}
			else {
				List<String> yearList = years.isEmpty() ? List.of() : years.stream().map(String::valueOf).toList();
				if (yearList.isEmpty()) {
					throw new IllegalArgumentException("municipalities or years are needed besides KPIs");
				}
				for (String yearChunk : chunks(yearList)) {
					urls.add(baseUrl + "/data/kpi/" + kpiChunk + "/year/" + yearChunk + query);
				}
			}
		}
		return urls;
	}

	private static List<String> chunks(List<String> ids) {
		List<String> chunks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += MAX_IDS) {
			chunks.add(join(ids.subList(i, Math.min(ids.size(), i + MAX_IDS))));
		}
		return chunks;
	}

	private static String join(List<String> ids) {
		return URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8).replace("%2C", ",");
	}
}
