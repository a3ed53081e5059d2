package se.rattighetsnavet.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The indicators module's API for other modules and the web layer.
 */
public interface IndicatorManagement {

	Optional<Kpi> findKpi(String id);

	/** The curated human-rights cluster, in the programme office's order. */
	List<ClusterEntry> cluster();

	/** @throws se.rattighetsnavet.platform.NotFoundException for an unknown import */
	ImportReport importReport(UUID id);
}
