package se.rattighetsnavet.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.FieldErrors;

public class DocumentFormatTests {

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static byte[] docx() throws IOException {
		return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
	}

	public static byte[] odt() throws IOException {
		return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
	}

	@Test
	void recognisesPdfDocxAndOdtByContent() throws IOException {
		assertThat(DocumentFormat.check("rapport.pdf", "application/pdf", pdf())).isEqualTo(DocumentFormat.PDF);
		assertThat(DocumentFormat.check("Rapport.DOCX", "application/octet-stream", docx())).isEqualTo(DocumentFormat.DOCX);
		assertThat(DocumentFormat.check("plan.odt", "application/vnd.oasis.opendocument.text", odt())).isEqualTo(DocumentFormat.ODT);
	}

	@Test
	void refusesOtherContentWhateverItIsCalled() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		assertRefused("bild.pdf", "application/pdf", png, "agreements.document.type");
		assertRefused("arkiv.docx", "application/octet-stream", zip("a.txt", "hej"), "agreements.document.type");
		assertRefused("kalkyl.odt", "application/octet-stream", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
				"agreements.document.type");
		assertRefused("rapport.docx", "application/pdf", pdf(), "agreements.document.type");
		assertRefused("rapport.pdf", "image/png", pdf(), "agreements.document.type");
		assertRefused("tom.pdf", "application/pdf", new byte[0], "agreements.document.empty");
	}

	@Test
	void refusesMoreThanTwentyMegabytes() {
		byte[] large = new byte[(int) DocumentFormat.MAX_BYTES + 1];
		System.arraycopy(pdf(), 0, large, 0, pdf().length);
		assertRefused("stor.pdf", "application/pdf", large, "agreements.document.tooLarge");
		byte[] limit = new byte[(int) DocumentFormat.MAX_BYTES];
		System.arraycopy(pdf(), 0, limit, 0, pdf().length);
		assertThat(DocumentFormat.check("exakt.pdf", "application/pdf", limit)).isEqualTo(DocumentFormat.PDF);
	}

	@Test
	void sha256IsHex() {
		assertThat(DocumentFormat.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static void assertRefused(String name, String type, byte[] content, String key) {
		assertThatThrownBy(() -> DocumentFormat.check(name, type, content)).isInstanceOfSatisfying(FieldErrors.class,
				errors -> assertThat(errors.errors()).singleElement().satisfies(e -> {
					assertThat(e.field()).isEqualTo("file");
					assertThat(e.messageKey()).isEqualTo(key);
				}));
	}
}
