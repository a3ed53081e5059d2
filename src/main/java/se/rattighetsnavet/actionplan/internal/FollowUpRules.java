package se.rattighetsnavet.actionplan.internal;

import java.math.BigDecimal;

import se.rattighetsnavet.actionplan.ActionPlan;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * A follow-up belongs to a year of the plan's period, and what was spent is never negative.
 */
final class FollowUpRules {

	private FollowUpRules() {
	}

	static void validate(ActionPlan plan, int year, BigDecimal spent) {
		FieldErrors errors = new FieldErrors();
		if (!plan.years().contains(year)) {
			errors.add("year", "actionplan.followUp.year.outsidePeriod", plan.periodFrom().getYear(), plan.periodTo().getYear());
		}
		if (spent != null && spent.signum() < 0) {
			errors.add("spent", "actionplan.followUp.spent.negative");
		}
		if (spent != null && spent.scale() > 2) {
			errors.add("spent", "actionplan.activity.budget.decimals");
		}
		errors.throwIfAny();
	}
}
