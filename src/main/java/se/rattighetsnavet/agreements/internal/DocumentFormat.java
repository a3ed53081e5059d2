package se.rattighetsnavet.agreements.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * The document formats a submission may have, recognised by their content rather than by name or declared type:
 * PDF by its header, DOCX and ODT as ZIP packages with the parts that make them a word-processing document.
 */
public enum DocumentFormat {
	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	public static final long MAX_BYTES = 20L * 1024 * 1024;
	private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream", "application/zip", "binary/octet-stream");

	private final String contentType;
	private final String extension;

	DocumentFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The format of an upload, or a 400 naming the field {@code file} with a message saying what is accepted. */
	public static DocumentFormat check(String filename, String declaredType, byte[] content) {
		FieldErrors errors = new FieldErrors();
		if (content == null || content.length == 0) {
			errors.add("file", "agreements.document.empty").throwIfAny();
		}
		if (content.length > MAX_BYTES) {
			errors.add("file", "agreements.document.tooLarge", 20).throwIfAny();
		}
		Optional<DocumentFormat> detected = detect(content);
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].trim();
		if (detected.isEmpty() || !name.endsWith("." + detected.get().extension)
				|| !(GENERIC_TYPES.contains(declared) || declared.equals(detected.get().contentType))) {
			errors.add("file", "agreements.document.type").throwIfAny();
		}
		return detected.get();
	}

	static Optional<DocumentFormat> detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return Optional.empty();
		}
		boolean first = true;
		boolean wordDocument = false;
		boolean contentTypes = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (first && entry.getName().equals("mimetype")) {
					String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
					return ODT.contentType.equals(mimetype) ? Optional.of(ODT) : Optional.empty();
				}
				first = false;
				wordDocument |= entry.getName().equals("word/document.xml");
				contentTypes |= entry.getName().equals("[Content_Types].xml");
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return wordDocument && contentTypes ? Optional.of(DOCX) : Optional.empty();
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
