package se.rattighetsnavet.indicators.web;

import java.util.List;

/** What a page shows as a table, for CSV and XLSX export: numbers stay numbers, null stays an empty cell. */
record Table(String title, List<String> headers, List<List<Object>> rows, String note) {
}
