package se.rattighetsnavet.recommendations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.documents.PdfRenderer;
import se.rattighetsnavet.recommendations.MappingEntry;

/**
 * The mapping report as PDF (from a template) and DOCX (Word), grouped by rights area and target group.
 */
@Component
class MappingReports {

	static final String TITLE = "Kartläggning av rekommendationer till kommuner och regioner";

	private final PdfRenderer pdfRenderer;
	private final Clock clock;

	MappingReports(PdfRenderer pdfRenderer, Clock clock) {
		this.pdfRenderer = pdfRenderer;
		this.clock = clock;
	}

	byte[] pdf(Map<String, Map<String, List<MappingEntry>>> grouped, String fileNumber, Locale locale) {
		return pdfRenderer.render("recommendations/mapping-report", Map.of("grouped", grouped, "fileNumber",
				fileNumber == null ? "" : fileNumber, "date", Dates.today(clock).toString(), "title", TITLE), locale, TITLE);
	}

	byte[] docx(Map<String, Map<String, List<MappingEntry>>> grouped, String fileNumber) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(TITLE);
			XWPFParagraph heading = document.createParagraph();
			heading.setStyle("Title");
			run(heading, TITLE, true, 20);
			XWPFParagraph meta = document.createParagraph();
			meta.setAlignment(ParagraphAlignment.LEFT);
			run(meta, "Överenskommelsens diarienummer: " + (fileNumber == null ? "uppgift saknas" : fileNumber) + " · Datum: "
					+ Dates.today(clock), false, 10);
			grouped.forEach((area, groups) -> {
				run(document.createParagraph(), area, true, 16);
				groups.forEach((group, entries) -> {
					run(document.createParagraph(), group, true, 13);
					for (MappingEntry entry : entries) {
						run(document.createParagraph(), entry.body() + " · " + entry.state() + ": " + entry.text(), false, 11);
						if (entry.needs() != null && !entry.needs().isBlank()) {
							run(document.createParagraph(), "Behov: " + entry.needs(), false, 11);
						}
						if (entry.plannedSupport() != null && !entry.plannedSupport().isBlank()) {
							run(document.createParagraph(), "Planerat stöd: " + entry.plannedSupport(), false, 11);
						}
					}
				});
			});
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("DejaVu Sans");
	}
}
