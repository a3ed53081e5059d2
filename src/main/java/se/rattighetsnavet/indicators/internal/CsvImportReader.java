package se.rattighetsnavet.indicators.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.rattighetsnavet.indicators.Kpi;

/**
 * Reads the CSV shapes of the Kolada reference files, told apart by their header: values {@code geo,year,<kpi>} (total)
 * and {@code geo,year,gender,<kpi>}, where the last header is the KPI id in lower case and an empty cell is a null value;
 * KPI metadata ({@code concept,name,auspices,…}); groups ({@code tag,name,parent}); memberships ({@code kpi_id,kpi_group_tag,…}).
 * Streams record by record.
 */
final class CsvImportReader {

	void read(Reader reader, ImportSink sink) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
			Shape shape = Shape.of(header);
			if (shape == null) {
				throw new ImportFailure("Okänd CSV-form: rubrikraden " + String.join(",", header)
						+ " liknar ingen av Koladafilerna (geo,year,<kpi> · geo,year,gender,<kpi> · concept,name,… · tag,name,parent"
						+ " · kpi_id,kpi_group_tag,…)");
			}
			String kpi = header.get(header.size() - 1).toUpperCase(Locale.ROOT);
			for (CSVRecord record : parser) {
				String line = String.valueOf(record.getRecordNumber() + 1);
				if (record.size() != header.size()) {
					sink.reject(line, "Fel antal kolumner: " + record.size() + " i stället för " + header.size());
					continue;
				}
				switch (shape) {
					case TOTAL -> value(sink, line, kpi, record.get(0), record.get(1), "T", record.get(2));
					case BY_GENDER -> value(sink, line, kpi, record.get(0), record.get(1), record.get(2), record.get(3));
					case KPI -> kpi(sink, line, record);
					case GROUP -> sink.group(record.get("tag").trim(), record.get("name").trim(), blank(record.get("parent")), line);
					case MEMBER -> sink.member(record.get("kpi_group_tag").trim(), record.get("kpi_id").trim(), line);
				}
			}
		}
	}

	private static void value(ImportSink sink, String line, String kpi, String geo, String yearText, String gender,
			String valueText) {
		Integer year = RowCheck.year(yearText);
		if (year == null) {
			sink.reject(line, "Året är inget heltal: " + yearText);
			return;
		}
		Double value = null;
		if (!valueText.isBlank()) {
			try {
				value = Double.valueOf(valueText.trim());
			}
			catch (NumberFormatException ex) {
				sink.reject(line, "Värdet är inget tal: " + valueText);
				return;
			}
		}
		sink.value(new ValueRow(kpi, geo.trim(), year, gender.trim(), value, null, null), line);
	}

	private static void kpi(ImportSink sink, String line, CSVRecord record) {
		String id = record.get("concept").trim();
		if (id.isEmpty() || blank(record.get("name")) == null) {
			sink.reject(line, "Nyckeltalet saknar id eller namn");
			return;
		}
		try {
			sink.kpi(new Kpi(id, record.get("name").trim(), blank(record.get("description")), blank(record.get("definition")),
					blank(record.get("operating_area")), blank(record.get("perspective")), blank(record.get("auspices")),
					"1".equals(record.get("is_divided_by_gender").trim()), blank(record.get("municipality_type")),
					date(record.get("publication_date")), date(record.get("prel_publication_date")),
					date(record.get("ou_publication_date")), "true".equalsIgnoreCase(record.get("has_ou_data").trim()), null),
					line);
		}
		catch (DateTimeParseException ex) {
			sink.reject(line, "Ogiltigt datum: " + ex.getParsedString());
		}
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static LocalDate date(String text) {
		String value = blank(text);
		return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
	}

	private enum Shape {
		TOTAL, BY_GENDER, KPI, GROUP, MEMBER;

		static Shape of(List<String> header) {
			if (header.size() == 3 && header.get(0).equals("geo") && header.get(1).equals("year")) {
				return TOTAL;
			}
			if (header.size() == 4 && header.get(0).equals("geo") && header.get(1).equals("year") && header.get(2).equals("gender")) {
				return BY_GENDER;
			}
			if (header.containsAll(List.of("concept", "name", "auspices", "description", "definition", "municipality_type",
					"is_divided_by_gender", "operating_area", "ou_publication_date", "perspective", "publication_date",
					"has_ou_data", "prel_publication_date"))) {
				return KPI;
			}
			if (header.containsAll(List.of("tag", "name", "parent"))) {
				return GROUP;
			}
			if (header.containsAll(List.of("kpi_id", "kpi_group_tag"))) {
				return MEMBER;
			}
			return null;
		}
	}
}
