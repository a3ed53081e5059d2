package se.rattighetsnavet.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A follow-up report or final report assembled from live data: per focus area what was done, results against what was
 * planned, and budget against what was spent. The annual report covers one year's follow-up; the final report every
 * year of the plan ({@code year} is then 0).
 */
public record Report(ReportKind kind, int year, ActionPlan plan, ReportSections sections, List<Area> areas) {

	public record Line(Activity activity, List<FollowUp> followUps, BigDecimal spent) {

		public String progress() {
			return join(followUps.stream().map(FollowUp::progress).toList());
		}

		public String results() {
			return join(followUps.stream().map(FollowUp::results).toList());
		}

		private static String join(List<String> texts) {
			return String.join("\n", texts.stream().filter(t -> t != null && !t.isBlank()).toList());
		}
	}

	public record Area(FocusArea focusArea, List<Line> lines, BigDecimal budget, BigDecimal spent) {
	}

	public static Report assemble(ReportKind kind, int year, ActionPlan plan, List<FollowUp> followUps,
			ReportSections sections) {
		int reportYear = kind == ReportKind.SLUTRAPPORT ? 0 : year;
		Map<Long, List<FollowUp>> byActivity = new java.util.HashMap<>();
		followUps.stream()
			.filter(f -> reportYear == 0 || f.year() == reportYear)
			.sorted(java.util.Comparator.comparingInt(FollowUp::year))
			.forEach(f -> byActivity.computeIfAbsent(f.activityId(), id -> new ArrayList<>()).add(f));
		List<Area> areas = plan.focusAreas().stream().map(area -> {
			List<Line> lines = area.activities().stream().map(activity -> {
				List<FollowUp> own = byActivity.getOrDefault(activity.id(), List.of());
				return new Line(activity, own, sum(own.stream().map(FollowUp::spent).toList()));
			}).toList();
			return new Area(area, lines, sum(area.activities().stream().map(Activity::budget).toList()),
					sum(lines.stream().map(Line::spent).toList()));
		}).toList();
		return new Report(kind, reportYear, plan, sections, areas);
	}

	/** Sum of the amounts given, or empty when none is given: an unknown budget is not zero. */
	static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal::add).map(s -> s.setScale(2)).orElse(null);
	}

	public BigDecimal totalBudget() {
		return sum(areas.stream().map(Area::budget).toList());
	}

	public BigDecimal totalSpent() {
		return sum(areas.stream().map(Area::spent).toList());
	}

	/** Budget minus spent, only when both are known. */
	public BigDecimal remaining() {
		BigDecimal budget = totalBudget();
		BigDecimal spent = totalSpent();
		return budget == null || spent == null ? null : budget.subtract(spent);
	}

	public long activitiesWithStatus(ActivityStatus status) {
		return plan.activities().stream().filter(a -> a.status() == status).count();
	}
}
