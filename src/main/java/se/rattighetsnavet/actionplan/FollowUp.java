package se.rattighetsnavet.actionplan;

import java.math.BigDecimal;

/**
 * What happened to an activity in one year: progress, results and the money spent (empty when not reported).
 */
public record FollowUp(long activityId, int year, String progress, String results, BigDecimal spent, int version) {
}
