package se.rattighetsnavet.recommendations.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * The OHCHR Universal Human Rights Index export. The natural key is the index's own AnnotationId.
 */
final class UhriRows implements RowParser {

	static final List<String> COLUMNS = List.of("AnnotationId", "AnnotationType", "Body", "Countries", "Regions", "Symbol", "Text",
			"Themes", "AffectedPersons", "Sdgs", "PublicationDate", "UprCycle", "UprSession", "UprPositions",
			"UprRecommendingCountry");

	private final SdgReference sdg;

	UhriRows(SdgReference sdg) {
		this.sdg = sdg;
	}

	@Override
	public List<String> requiredColumns() {
		return COLUMNS;
	}

	@Override
	public ParsedRow parse(CSVRecord record) throws RowRejected {
		String id = RowParser.required(record, "AnnotationId");
		String body = RowParser.required(record, "Body");
		List<String> countries = RowParser.multi(RowParser.required(record, "Countries"));
		String text = RowParser.required(record, "Text");
		List<String> targets = new ArrayList<>();
		List<Integer> goals = new ArrayList<>();
		for (String code : RowParser.multi(RowParser.optional(record, "Sdgs"))) {
			SdgReference.Target target = sdg.target(code).orElseThrow(() -> new RowRejected("recommendations.import.error.sdg", code));
			targets.add(target.code());
			if (!goals.contains(target.goal())) {
				goals.add(target.goal());
			}
		}
		LocalDate date = null;
		String dateCell = RowParser.optional(record, "PublicationDate");
		if (dateCell != null) {
			try {
				date = LocalDate.parse(dateCell.length() > 10 ? dateCell.substring(0, 10) : dateCell);
			}
			catch (DateTimeParseException ex) {
				throw new RowRejected("recommendations.import.error.date", dateCell);
			}
		}
		String session = RowParser.optional(record, "UprSession");
		String cycle = RowParser.optional(record, "UprCycle");
		return new ParsedRow(RowParser.hash("UHRI", id), "uhri", body.toUpperCase(java.util.Locale.ROOT).equals("UPR") ? "UPR" : body,
				RowParser.optional(record, "Symbol"), date, session, cycle, String.join(", ", countries),
				RowParser.multi(RowParser.optional(record, "UprRecommendingCountry")), text,
				RowParser.optional(record, "UprPositions"), null, RowParser.multi(RowParser.optional(record, "Themes")),
				RowParser.multi(RowParser.optional(record, "AffectedPersons")), targets, goals);
	}
}
