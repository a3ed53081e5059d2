package se.rattighetsnavet.recommendations.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationManagement;
import se.rattighetsnavet.recommendations.RecommendationQuery;

/**
 * Writes a whole result set as CSV (UTF-8 with BOM, for Excel) or XLSX, row by row.
 */
final class Exports {

	static final List<String> HEADER = List.of("id", "body", "symbol", "state", "recommendingStates", "session", "cycle", "text",
			"response", "themes", "groups", "sdgGoals", "suggestedSdgGoals", "sdgTargets", "municipalRoles", "relevance",
			"relevanceReason", "summarySv");

	private Exports() {
	}

	static List<String> cells(Recommendation r) {
		return List.of(String.valueOf(r.id()), r.body(), nz(r.symbol()), r.state(), String.join("; ", r.recommendingStates()),
				nz(r.session()), nz(r.cycle()), r.text(), nz(r.response()), String.join("; ", r.themes()), String.join("; ", r.groups()),
				join(r.sdgGoals()), join(r.suggestedSdgGoals()), String.join("; ", r.sdgTargets()), String.join("; ", r.municipalRoles()),
				r.relevance() == null ? "" : r.relevance().name(), nz(r.relevanceReason()), nz(r.summarySv()));
	}

	static void csv(RecommendationManagement recommendations, RecommendationQuery query, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(HEADER);
		recommendations.forEach(query, r -> {
			try {
				printer.printRecord(cells(r));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	static void xlsx(RecommendationManagement recommendations, RecommendationQuery query, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("Rekommendationer");
			write(sheet.createRow(0), HEADER);
			int[] row = { 1 };
			recommendations.forEach(query, r -> write(sheet.createRow(row[0]++), cells(r)));
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	private static String join(List<Integer> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
	}
}
