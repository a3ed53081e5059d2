package se.rattighetsnavet.recommendations.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid row of an import file, in the register's terms.
 */
record ParsedRow(String naturalKey, String source, String body, String symbol, LocalDate documentDate, String session, String cycle,
		String state, List<String> recommendingStates, String text, String response, Integer actionCategory, List<String> themes,
		List<String> groups, List<String> sdgTargets, List<Integer> sdgGoals) {
}
