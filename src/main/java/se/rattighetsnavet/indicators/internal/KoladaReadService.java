package se.rattighetsnavet.indicators.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiGroup;
import se.rattighetsnavet.indicators.KpiValue;

/** The reads behind the Kolada-shaped API. */
@Service
public class KoladaReadService {

	private final Kpis kpis;
	private final Values values;

	KoladaReadService(Kpis kpis, Values values) {
		this.kpis = kpis;
		this.values = values;
	}

	public List<Kpi> kpis(List<String> ids, String title, int limit, long offset) {
		return kpis.search(ids, title, limit, (int) offset);
	}

	public List<KpiGroup> groups() {
		return kpis.groups();
	}

	public Map<String, String> kpiTitles() {
		return kpis.titles();
	}

	public List<KpiValue> data(List<String> kpiIds, List<String> geos, List<Integer> years, int limit, long offset) {
		return values.page(kpiIds, geos, years, limit, offset);
	}

	static Comparator<KpiValue> order() {
		return Comparator.comparing(KpiValue::kpi).thenComparing(KpiValue::geo).thenComparingInt(KpiValue::year);
	}
}
