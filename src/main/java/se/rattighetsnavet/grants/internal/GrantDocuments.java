package se.rattighetsnavet.grants.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.platform.documents.PdfRenderer;

/**
 * The PDFs of requisitions and financial reports in the structure of Bilaga 1, with the government file numbers in the
 * running header of every page. They are the documents sent to Kammarkollegiet, so they are always in Swedish.
 */
@Component
class GrantDocuments {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final PdfRenderer renderer;

	GrantDocuments(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] requisition(Requisition requisition) {
		return renderer.render("grants/pdf/requisition", Map.of("r", requisition, "header", header(requisition.agreementFileNumber(),
				requisition.paymentDecisionFileNumber())), SWEDISH, "Rekvisition " + requisition.id());
	}

	byte[] report(FinancialReport report) {
		return renderer.render("grants/pdf/report", Map.of("r", report, "header", header(report.agreementFileNumber(),
				report.paymentDecisionFileNumber())), SWEDISH, "Ekonomisk redovisning " + report.id());
	}

	private static String header(String agreementFileNumber, String paymentDecisionFileNumber) {
		return "Dnr " + agreementFileNumber + " · " + paymentDecisionFileNumber;
	}
}
