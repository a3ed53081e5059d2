package se.rattighetsnavet.recommendations.internal;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * The UPR Info database export: {@code To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session}.
 * The natural key hashes session, State under review, recommending State and the normalised text.
 */
final class UprInfoRows implements RowParser {

	static final List<String> COLUMNS = List.of("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response",
			"Action", "Issue", "Session");

	@Override
	public List<String> requiredColumns() {
		return COLUMNS;
	}

	@Override
	public ParsedRow parse(CSVRecord record) throws RowRejected {
		String state = RowParser.required(record, "To");
		String text = RowParser.required(record, "Text");
		String from = RowParser.required(record, "From");
		String sessionCell = RowParser.required(record, "Session");
		int session;
		try {
			session = Integer.parseInt(sessionCell);
		}
		catch (NumberFormatException ex) {
			throw new RowRejected("recommendations.import.error.session", sessionCell);
		}
		if (session < 1 || session > 99) {
			throw new RowRejected("recommendations.import.error.session", sessionCell);
		}
		Integer action = null;
		String actionCell = RowParser.optional(record, "Action");
		if (actionCell != null) {
			try {
				action = Integer.valueOf(actionCell);
			}
			catch (NumberFormatException ex) {
				action = 0;
			}
			if (action < 1 || action > 5) {
				throw new RowRejected("recommendations.import.error.action", actionCell);
			}
		}
		List<String> themes = Arrays.stream(record.get("Issue").split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
		String key = RowParser.hash("UPR", String.valueOf(session), Words.normalise(state), Words.normalise(from), Words.normalise(text));
		return new ParsedRow(key, "upr-info", "UPR", null, null, String.valueOf(session), RowParser.uprCycle(session), state,
				List.of(from), text, RowParser.optional(record, "Response"), action, themes, List.of(), List.of(), List.of());
	}
}
