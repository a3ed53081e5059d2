package se.rattighetsnavet.indicators;

/**
 * Direction of a KPI between two years. Changes under half a percent of the earlier value count as unchanged, so
 * rounding noise does not show as a trend. Whether up is good depends on the KPI, so the trend says only the direction.
 */
public enum Trend {
	UP, DOWN, UNCHANGED, UNKNOWN;

	static final double TOLERANCE = 0.005;

	public static Trend between(Double earlier, Double later) {
		if (earlier == null || later == null) {
			return UNKNOWN;
		}
		double change = later - earlier;
		double threshold = Math.max(Math.abs(earlier) * TOLERANCE, 1e-9);
		if (Math.abs(change) < threshold) {
			return UNCHANGED;
		}
		return change > 0 ? UP : DOWN;
	}
}
