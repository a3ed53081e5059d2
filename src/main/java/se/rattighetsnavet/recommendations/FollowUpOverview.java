package se.rattighetsnavet.recommendations;

import java.util.Map;

/**
 * How many members follow up one recommendation, by status, county and organisation type.
 */
public record FollowUpOverview(long recommendationId, String state, String text, long organisations, Map<String, Long> byStatus,
		Map<String, Long> byCounty, Map<String, Long> byType) {
}
