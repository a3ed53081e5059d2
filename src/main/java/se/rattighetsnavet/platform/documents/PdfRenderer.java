package se.rattighetsnavet.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (XHTML) to a tagged PDF with embedded DejaVu Sans, so å, ä and ö render everywhere.
 * Templates use {@code font-family: 'DejaVu Sans'} and may use CSS paged media for headers and page numbers
 * ({@code @page { @top-center { content: ... } @bottom-right { content: counter(page) } }}).
 */
@Component
public class PdfRenderer {

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale, String title) {
		String html = templates.process(template, new Context(locale, model));
		return renderHtml(html, title);
	}

	public byte[] renderHtml(String xhtml, String title) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render PDF " + title, ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
