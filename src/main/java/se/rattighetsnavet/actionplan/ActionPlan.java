package se.rattighetsnavet.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The action plan of one agreement (by the agreement's stable code), as currently in force. {@code revision} counts the
 * revisions agreed at samråd; earlier revisions stay readable as {@link PlanRevision}s.
 */
public record ActionPlan(long id, String agreementCode, String title, LocalDate periodFrom, LocalDate periodTo,
		String background, List<String> findings, String targetGroup, List<String> goals, int revision, int version,
		List<FocusArea> focusAreas) {

	public ActionPlan {
		findings = List.copyOf(findings);
		goals = List.copyOf(goals);
		focusAreas = List.copyOf(focusAreas);
	}

	public Optional<Activity> activity(long activityId) {
		return focusAreas.stream().flatMap(area -> area.activities().stream()).filter(a -> a.id() == activityId).findFirst();
	}

	public List<Activity> activities() {
		return focusAreas.stream().flatMap(area -> area.activities().stream()).toList();
	}

	/** The years a follow-up can be written for: every calendar year the plan's period touches. */
	public List<Integer> years() {
		return java.util.stream.IntStream.rangeClosed(periodFrom.getYear(), periodTo.getYear()).boxed().toList();
	}
}
