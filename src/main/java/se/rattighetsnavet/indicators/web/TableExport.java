package se.rattighetsnavet.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a {@link Table} as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX. */
final class TableExport {

	static ResponseEntity<byte[]> export(Table table, String format, String fileName) throws IOException {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		byte[] body = xlsx ? xlsx(table) : csv(table);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(fileName + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString())
			.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	static byte[] csv(Table table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
			printer.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(cell -> cell == null ? "" : cell).toList());
			}
			if (table.note() != null) {
				printer.println();
				printer.printRecord(table.note());
			}
		}
		return out.toByteArray();
	}

	static byte[] xlsx(Table table) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(table.title()));
			int r = 0;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < table.headers().size(); c++) {
				header.createCell(c).setCellValue(table.headers().get(c));
			}
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			if (table.note() != null) {
				sheet.createRow(r + 1).createCell(0).setCellValue(table.note());
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private TableExport() {
	}
}
