package se.rattighetsnavet.actionplan;

import java.util.List;

/**
 * One of the plan's focus areas (inriktningsområden) with its activities in order.
 */
public record FocusArea(long id, String code, int position, String title, String description, List<Activity> activities) {

	public FocusArea {
		activities = List.copyOf(activities);
	}
}
