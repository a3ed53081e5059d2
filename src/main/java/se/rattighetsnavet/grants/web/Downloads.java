package se.rattighetsnavet.grants.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.rattighetsnavet.grants.SignedOriginalManagement.Content;

final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
		return file(bytes, MediaType.APPLICATION_PDF_VALUE, filename, true);
	}

	static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
		return file(bytes, XLSX, filename, false);
	}

	static ResponseEntity<byte[]> of(Content content) {
		return file(content.bytes(), content.contentType(), content.filename(), false);
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String type, String filename, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(filename, java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(bytes);
	}
}
