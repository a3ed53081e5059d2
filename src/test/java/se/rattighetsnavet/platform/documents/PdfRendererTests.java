package se.rattighetsnavet.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTests {

	@Test
	void rendersSwedishTextWithEmbeddedFontAndPageNumbers() throws Exception {
		String html = """
				<html lang="sv"><head><title>Rekvisition</title><style>
				body { font-family: 'DejaVu Sans'; }
				@page { size: A4; margin: 25mm 20mm; @top-right { content: "A2014/2289/DISK"; font-family: 'DejaVu Sans'; }
				  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-family: 'DejaVu Sans'; } }
				</style></head><body><h1>Överenskommelse om mänskliga rättigheter</h1><p>Belopp: 3 000 000,00 kr. Åtgärder, ärenden.</p></body></html>
				""";
		byte[] pdf = new PdfRenderer(null).renderHtml(html, "test");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Överenskommelse om mänskliga", "3 000 000,00 kr", "Åtgärder, ärenden",
					"A2014/2289/DISK", "Sida 1 av 1");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
	}
}
