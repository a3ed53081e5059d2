package se.rattighetsnavet.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity under a focus area. {@code budget} is empty where no budget was set. References to the agreement's goals
 * ({@code OK2014:1}), recommendations (their ids) and criteria (their codes) are kept as plain references.
 */
public record Activity(long id, long focusAreaId, String title, String description, String owner, List<String> partners,
		LocalDate start, LocalDate end, BigDecimal budget, ActivityStatus status, String plannedResults,
		String achievedResults, List<String> goalRefs, List<String> recommendationRefs, List<String> criteriaRefs,
		int version) {

	public Activity {
		partners = List.copyOf(partners);
		goalRefs = List.copyOf(goalRefs);
		recommendationRefs = List.copyOf(recommendationRefs);
		criteriaRefs = List.copyOf(criteriaRefs);
	}
}
