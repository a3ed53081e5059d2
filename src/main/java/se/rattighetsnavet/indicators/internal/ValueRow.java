package se.rattighetsnavet.indicators.internal;

/** One value as read from a file, before the KPI id is resolved. {@code value} null = missing or suppressed. */
record ValueRow(String kpi, String geo, int year, String gender, Double value, Integer count, String status) {
}
