package se.rattighetsnavet.indicators.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.indicators.ClusterChange;
import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.indicators.IndicatorManagement;
import se.rattighetsnavet.indicators.internal.ClusterService;

/** The human-rights cluster as JSON; reading is open, curating is the programme office's. */
@RestController
class ClusterApiController {

	private final IndicatorManagement indicators;
	private final ClusterService cluster;

	ClusterApiController(IndicatorManagement indicators, ClusterService cluster) {
		this.indicators = indicators;
		this.cluster = cluster;
	}

	@GetMapping("/api/v1/indicators/cluster")
	List<ClusterEntry> all() {
		return indicators.cluster();
	}

	record NewEntry(String kpiId) {
	}

	@PostMapping("/api/v1/indicators/cluster")
	ResponseEntity<ClusterEntry> add(@RequestBody NewEntry entry) {
		return ResponseEntity.status(HttpStatus.CREATED).body(cluster.add(entry.kpiId()));
	}

	record Change(Integer position, String areaHeading, String whyItMatters, List<String> recommendationCodes,
			List<String> criteriaCodes, int version) {
	}

	@PutMapping("/api/v1/indicators/cluster/{kpiId}")
	ClusterEntry update(@PathVariable String kpiId, @RequestBody Change change) {
		return cluster.update(kpiId, change.version(), new ClusterChange(change.position(), change.areaHeading(),
				change.whyItMatters(), change.recommendationCodes(), change.criteriaCodes()));
	}

	@DeleteMapping("/api/v1/indicators/cluster/{kpiId}")
	ResponseEntity<Void> remove(@PathVariable String kpiId, @RequestParam("version") int version) {
		cluster.remove(kpiId, version);
		return ResponseEntity.noContent().build();
	}
}
