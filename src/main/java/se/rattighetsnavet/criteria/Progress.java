package se.rattighetsnavet.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A member's own scores per commitment over its submitted years, and for the latest of them the medians of all MR members,
 * of its county and of organisations of a similar size (a median is null when fewer than five organisations contribute).
 */
public record Progress(String organisationCode, List<YearScores> years, Integer comparisonYear, List<Comparison> comparisons) {

	public record YearScores(int year, Map<Commitment, BigDecimal> scores) {
	}

	public record Comparison(Commitment commitment, BigDecimal own, PeerMedian allMembers, PeerMedian county,
			PeerMedian similarSize) {
	}
}
