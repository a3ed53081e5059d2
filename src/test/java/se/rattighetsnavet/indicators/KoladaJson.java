package se.rattighetsnavet.indicators;

import java.nio.charset.StandardCharsets;

/** Small Kolada v3 responses for tests, with an unknown key to prove it is ignored. */
final class KoladaJson {

	static byte[] kpi(String id) {
		return ("""
				{"values": [{"id": "%s", "title": "Testnyckeltal %s", "description": "Beskrivning", "municipality_type": "K",
				  "is_divided_by_gender": true, "operating_area": "Demokrati", "perspective": "Resultat",
				  "publication_date": "2024-03-01", "prel_publication_date": null, "has_ou_data": false, "auspice": "E",
				  "publ_period": "2023", "something_new": {"nested": [1, 2]}}],
				 "count": 1, "next_url": null, "previous_url": null}""").formatted(id, id).getBytes(StandardCharsets.UTF_8);
	}

	/** Seven values: 0180 2021 T/K/M, 0180 2022 T (null, suppressed), 0000 2021 T, 1480 2021 T/K. */
	static byte[] data(String id) {
		return envelope(objects(id));
	}

	/** Seven values for each KPI, in one response. */
	static byte[] data(String first, String second) {
		return envelope(objects(first) + ",\n" + objects(second));
	}

	private static byte[] envelope(String objects) {
		return ("{\"count\": 4, \"values\": [\n" + objects + "\n], \"next_url\": null, \"previous_url\": null}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String objects(String id) {
		return """
				 {"kpi": "%1$s", "municipality": "0180", "period": 2021, "future_key": "x", "values": [
				   {"gender": "K", "count": 3, "status": "", "value": 12.5},
				   {"gender": "M", "count": 2, "status": "", "value": 10.25},
				   {"gender": "T", "count": 5, "status": "", "value": 11.333333}]},
				 {"kpi": "%1$s", "municipality": "0180", "period": 2022, "values": [
				   {"gender": "T", "count": null, "status": "B", "value": null}]},
				 {"kpi": "%1$s", "municipality": "0000", "period": 2021, "values": [
				   {"gender": "T", "count": 1000, "status": null, "value": 9.0}]},
				 {"kpi": "%1$s", "municipality": "1480", "period": 2021, "values": [
				   {"gender": "T", "count": 7, "status": "", "value": 14.0},
				   {"gender": "K", "count": 4, "status": "", "value": 1.0E-4}]}""".formatted(id);
	}

	private KoladaJson() {
	}
}
