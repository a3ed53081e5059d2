package se.rattighetsnavet.indicators;

/**
 * One stored value: KPI × organisation (Kolada id: {@code 0000} Riket, {@code 00LL} region, municipality code) × year ×
 * gender ({@code T} total, {@code K} women, {@code M} men). {@code value} is null when Kolada has none (missing or
 * suppressed); {@code count} and {@code status} as Kolada gives them.
 */
public record KpiValue(String kpi, String geo, int year, String gender, Double value, Integer count, String status) {
}
