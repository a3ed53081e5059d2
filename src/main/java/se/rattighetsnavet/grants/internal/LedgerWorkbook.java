package se.rattighetsnavet.grants.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.grants.Ledger;
import se.rattighetsnavet.grants.LedgerYear;

/**
 * The ledger as a spreadsheet: one row per year and a total, amounts as numbers with two decimals.
 */
final class LedgerWorkbook {

	private static final List<String> HEADERS = List.of("År", "Beviljat", "Rekvirerat", "Utbetalt", "Erhållet enligt redovisning",
			"Redovisade kostnader", "Ej förbrukat", "Återbetalt", "Kvar att återbetala");
	private static final List<Function<LedgerYear, BigDecimal>> FIGURES = List.of(LedgerYear::granted, LedgerYear::requested,
			LedgerYear::paid, LedgerYear::received, LedgerYear::reportedCosts, LedgerYear::unspent, LedgerYear::repaid,
			LedgerYear::toRepay);

	private LedgerWorkbook() {
	}

	static byte[] write(Agreement agreement, Ledger ledger) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Bidrag " + agreement.code());
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("# ##0.00"));
			sheet.createRow(0).createCell(0).setCellValue(agreement.title() + " (" + agreement.fileNumber() + ")");
			Row header = sheet.createRow(2);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
			}
			int rowIndex = 3;
			for (LedgerYear year : ledger.years()) {
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(year.year());
				figures(row, year, money);
			}
			Row total = sheet.createRow(rowIndex);
			total.createCell(0).setCellValue("Totalt");
			figures(total, ledger.total(), money);
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, (i == 0 ? 10 : 22) * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void figures(Row row, LedgerYear year, CellStyle money) {
		for (int i = 0; i < FIGURES.size(); i++) {
			var cell = row.createCell(i + 1);
			cell.setCellValue(FIGURES.get(i).apply(year).doubleValue());
			cell.setCellStyle(money);
		}
	}
}
