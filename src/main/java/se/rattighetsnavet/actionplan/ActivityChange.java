package se.rattighetsnavet.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of an activity, as entered by the programme office.
 */
public record ActivityChange(String title, String description, String owner, List<String> partners, LocalDate start,
		LocalDate end, BigDecimal budget, ActivityStatus status, String plannedResults, String achievedResults,
		List<String> goalRefs, List<String> recommendationRefs, List<String> criteriaRefs) {

	public ActivityChange {
		partners = partners == null ? List.of() : List.copyOf(partners);
		goalRefs = goalRefs == null ? List.of() : List.copyOf(goalRefs);
		recommendationRefs = recommendationRefs == null ? List.of() : List.copyOf(recommendationRefs);
		criteriaRefs = criteriaRefs == null ? List.of() : List.copyOf(criteriaRefs);
		title = title == null ? "" : title.strip();
		description = description == null ? "" : description.strip();
		owner = owner == null ? "" : owner.strip();
		plannedResults = plannedResults == null ? "" : plannedResults.strip();
		achievedResults = achievedResults == null ? "" : achievedResults.strip();
		status = status == null ? ActivityStatus.PLANERAD : status;
	}

	/** The rules every activity keeps: a title, an end not before its start, a budget that is not negative. */
	public void validate() {
		var errors = new se.rattighetsnavet.platform.FieldErrors();
		if (title.isBlank()) {
			errors.add("title", "actionplan.activity.title.required");
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.add("end", "actionplan.activity.end.beforeStart");
		}
		if (budget != null && budget.signum() < 0) {
			errors.add("budget", "actionplan.activity.budget.negative");
		}
		if (budget != null && budget.scale() > 2) {
			errors.add("budget", "actionplan.activity.budget.decimals");
		}
		errors.throwIfAny();
	}
}
