package se.rattighetsnavet.actionplan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;

import se.rattighetsnavet.actionplan.Report;
import se.rattighetsnavet.platform.Money;

/**
 * The report as an editable Word document (DOCX), with the same content as the PDF.
 */
class ReportDocx {

	private final MessageSource messages;
	private final Locale locale;

	ReportDocx(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	byte[] write(Report report, String title, String fileNumber) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.getProperties().getCoreProperties().setTitle(title);
			paragraph(doc, m("actionplan.report.fileNumber", fileNumber), false, 10);
			paragraph(doc, title, true, 20);
			paragraph(doc, report.plan().title(), false, 12);
			section(doc, m("actionplan.report.introduction"), report.sections().introduction());
			for (Report.Area area : report.areas()) {
				paragraph(doc, area.focusArea().title(), true, 14);
				if (area.lines().isEmpty()) {
					paragraph(doc, m("actionplan.area.empty"), false, 11);
					continue;
				}
				XWPFTable table = doc.createTable(1, 5);
				String[] headers = { m("actionplan.activity.title"), m("actionplan.activity.status"),
						m("actionplan.report.doneAndResults"), m("actionplan.activity.budget"), m("actionplan.report.spent") };
				for (int i = 0; i < headers.length; i++) {
					table.getRow(0).getCell(i).setText(headers[i]);
				}
				for (Report.Line line : area.lines()) {
					XWPFTableRow row = table.createRow();
					row.getCell(0).setText(line.activity().title());
					row.getCell(1).setText(m("actionplan.status." + line.activity().status()));
					row.getCell(2).setText(doneText(line));
					row.getCell(3).setText(amount(line.activity().budget()));
					row.getCell(4).setText(amount(line.spent()));
				}
			}
			paragraph(doc, m("actionplan.report.budgetOutcome"), true, 14);
			paragraph(doc, m("actionplan.report.totalBudget") + ": " + amount(report.totalBudget()), false, 11);
			paragraph(doc, m("actionplan.report.totalSpent") + ": " + amount(report.totalSpent()), false, 11);
			paragraph(doc, m("actionplan.report.remaining") + ": " + amount(report.remaining()), false, 11);
			section(doc, m("actionplan.report.assessment"), report.sections().assessment());
			section(doc, m("actionplan.report.takenForward"), report.sections().takenForward());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String doneText(Report.Line line) {
		StringBuilder text = new StringBuilder();
		append(text, m("actionplan.activity.plannedResults"), line.activity().plannedResults());
		append(text, m("actionplan.activity.achievedResults"), line.activity().achievedResults());
		append(text, m("actionplan.followUp.progress"), line.progress());
		append(text, m("actionplan.followUp.results"), line.results());
		return text.toString();
	}

	private static void append(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append(text.isEmpty() ? "" : " ").append(label).append(": ").append(value.replace('\n', ' '));
		}
	}

	private String amount(BigDecimal value) {
		return value == null ? "–" : Money.format(value, locale);
	}

	private void section(XWPFDocument doc, String heading, String text) {
		paragraph(doc, heading, true, 14);
		String body = text == null || text.isBlank() ? m("actionplan.report.sectionEmpty") : text;
		for (String part : body.split("\\n\\s*\\n")) {
			paragraph(doc, part.strip(), false, 11);
		}
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
		XWPFParagraph paragraph = doc.createParagraph();
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("Calibri");
		run.setText(text);
	}
}
