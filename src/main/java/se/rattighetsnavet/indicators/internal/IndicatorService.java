package se.rattighetsnavet.indicators.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.indicators.IndicatorManagement;
import se.rattighetsnavet.indicators.Kpi;

@Service
class IndicatorService implements IndicatorManagement {

	private final Kpis kpis;
	private final ClusterEntries cluster;
	private final ImportService imports;

	IndicatorService(Kpis kpis, ClusterEntries cluster, ImportService imports) {
		this.kpis = kpis;
		this.cluster = cluster;
		this.imports = imports;
	}

	@Override
	public Optional<Kpi> findKpi(String id) {
		return kpis.find(id);
	}

	@Override
	public List<ClusterEntry> cluster() {
		return cluster.all();
	}

	@Override
	public ImportReport importReport(UUID id) {
		return imports.report(id);
	}
}
