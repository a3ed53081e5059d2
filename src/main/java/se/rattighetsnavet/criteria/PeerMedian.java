package se.rattighetsnavet.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The median of a group of organisations' scores, shown only when at least {@link #MINIMUM_CONTRIBUTORS} organisations
 * contribute so that no single member's answer can be read out of it.
 */
public record PeerMedian(int contributors, BigDecimal median) {

	public static final int MINIMUM_CONTRIBUTORS = 5;

	/** One score per organisation; empty when too few contribute. */
	public static Optional<PeerMedian> of(Collection<BigDecimal> scores) {
		if (scores.size() < MINIMUM_CONTRIBUTORS) {
			return Optional.empty();
		}
		List<BigDecimal> sorted = scores.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return Optional.of(new PeerMedian(sorted.size(), median.setScale(1, RoundingMode.HALF_UP)));
	}

	/** An organisation's score for a commitment: the mean of its levels across the roles, one decimal. */
	public static BigDecimal score(Collection<MaturityLevel> levels) {
		if (levels.isEmpty()) {
			throw new IllegalArgumentException("no levels to score");
		}
		int sum = levels.stream().mapToInt(MaturityLevel::level).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(levels.size()), 1, RoundingMode.HALF_UP);
	}
}
