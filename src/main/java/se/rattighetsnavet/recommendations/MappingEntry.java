package se.rattighetsnavet.recommendations;

/**
 * A recommendation selected for the mapping, grouped by rights area and target group, with the needs it reveals and the
 * support planned.
 */
public record MappingEntry(long recommendationId, String body, String state, String text, String rightsArea, String targetGroup,
		String needs, String plannedSupport, int version) {
}
