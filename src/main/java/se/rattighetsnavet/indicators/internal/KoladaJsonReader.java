package se.rattighetsnavet.indicators.internal;

import java.io.InputStream;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.indicators.Kpi;

/**
 * Reads a Kolada v3 or v2 JSON response ({@code {"values":[…],"count":…,"next_url"|"next_page":…}}) with the streaming
 * parser, one object of {@code values} at a time, so a file is never in memory as a whole. Data, KPI, KPI group and
 * municipality objects are recognised by their keys; unknown keys are ignored.
 */
final class KoladaJsonReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private final boolean v2;

	KoladaJsonReader(boolean v2) {
		this.v2 = v2;
	}

	/**
	 * @param page prefix for line references of paged sources ("" for a file)
	 * @return the next page's URL (v3 {@code next_url}, v2 {@code next_page}), or {@code null}
	 */
	String read(InputStream in, ImportSink sink, String page) {
		String next = null;
		try (JsonParser parser = JSON.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				values(parser, sink, page);
				return null;
			}
			if (first != JsonToken.START_OBJECT) {
				throw new ImportFailure("Filen är inget JSON-objekt med \"values\"");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				if ("values".equals(name) && token == JsonToken.START_ARRAY) {
					values(parser, sink, page);
				}
				else if ((v2 ? "next_page" : "next_url").equals(name) && token == JsonToken.VALUE_STRING) {
					next = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			throw new ImportFailure("Ogiltig JSON på rad " + ex.getLocation().getLineNr() + ": " + ex.getOriginalMessage(), ex);
		}
		return next;
	}

	private void values(JsonParser parser, ImportSink sink, String page) {
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			String line = page + parser.currentTokenLocation().getLineNr();
			JsonNode object = JSON.readTree(parser);
			if (object.has("kpi") && object.has("municipality")) {
				data(object, sink, line);
			}
			else if (object.has("members")) {
				group(object, sink, line);
			}
			else if (object.has("is_divided_by_gender") || object.has("operating_area") || object.has("municipality_type")) {
				kpi(object, sink, line);
			}
			else if (object.has("id") && object.has("type")) {
				sink.organisation(text(object, "id"), line);
			}
			else {
				sink.reject(line, "Okänt objekt: varken värde, nyckeltal, grupp eller kommun");
			}
		}
	}

	private static void data(JsonNode object, ImportSink sink, String line) {
		String kpi = text(object, "kpi");
		String geo = text(object, "municipality");
		JsonNode period = object.get("period");
		Integer year = period == null || period.isNull() ? null
				: period.isNumber() && period.canConvertToInt() ? Integer.valueOf(period.intValue()) : RowCheck.year(period.asString());
		JsonNode values = object.get("values");
		if (year == null) {
			sink.reject(line, "Perioden är inget år: " + (period == null ? "saknas" : period.asString()));
			return;
		}
		if (values == null || !values.isArray()) {
			sink.reject(line, "Objektet saknar \"values\"");
			return;
		}
		for (JsonNode value : values) {
			JsonNode number = value.get("value");
			if (number != null && !number.isNull() && !number.isNumber()) {
				sink.reject(line, "Värdet är inget tal: " + number.asString());
				continue;
			}
			JsonNode count = value.get("count");
			if (count != null && !count.isNull() && !count.canConvertToInt()) {
				sink.reject(line, "Antalet är inget heltal: " + count.asString());
				continue;
			}
			String gender = text(value, "gender");
			sink.value(new ValueRow(kpi, geo, year, gender == null ? null : gender.toUpperCase(Locale.ROOT),
					number == null || number.isNull() ? null : number.doubleValue(),
					count == null || count.isNull() ? null : count.intValue(), raw(value.get("status"))), line);
		}
	}

	private void kpi(JsonNode object, ImportSink sink, String line) {
		String id = text(object, "id");
		String title = text(object, "title");
		if (id == null || title == null) {
			sink.reject(line, "Nyckeltalet saknar id eller titel");
			return;
		}
		JsonNode divided = object.get("is_divided_by_gender");
		JsonNode hasOu = object.get("has_ou_data");
		try {
			sink.kpi(new Kpi(id, title, text(object, "description"), text(object, "definition"), text(object, "operating_area"),
					text(object, "perspective"), text(object, v2 ? "auspices" : "auspice"), truthy(divided),
					text(object, "municipality_type"), CsvImportReader.date(text(object, "publication_date")),
					CsvImportReader.date(text(object, "prel_publication_date")),
					CsvImportReader.date(text(object, "ou_publication_date")), truthy(hasOu), text(object, "publ_period")),
					line);
		}
		catch (java.time.format.DateTimeParseException ex) {
			sink.reject(line, "Ogiltigt datum: " + ex.getParsedString());
		}
	}

	private static void group(JsonNode object, ImportSink sink, String line) {
		String id = text(object, "id");
		if (id == null) {
			sink.reject(line, "Gruppen saknar id");
			return;
		}
		sink.group(id, text(object, "title") == null ? id : text(object, "title"), null, line);
		for (JsonNode member : object.get("members")) {
			String kpi = text(member, "member_id");
			if (kpi != null) {
				sink.member(id, kpi, line);
			}
		}
	}

	private static String raw(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	/** v3 sends booleans, v2 sends 0/1. */
	private static boolean truthy(JsonNode node) {
		return node != null && (node.isBoolean() ? node.booleanValue() : node.isNumber() ? node.intValue() != 0
				: "true".equalsIgnoreCase(node.asString()) || "1".equals(node.asString()));
	}

	private static String text(JsonNode object, String name) {
		JsonNode node = object.get(name);
		return node == null || node.isNull() ? null : CsvImportReader.blank(node.asString());
	}
}
