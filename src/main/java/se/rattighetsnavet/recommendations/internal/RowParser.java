package se.rattighetsnavet.recommendations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import se.rattighetsnavet.recommendations.ImportFormat;

/**
 * Turns one record of an import file into a {@link ParsedRow} or rejects it with a reason.
 */
interface RowParser {

	List<String> requiredColumns();

	ParsedRow parse(CSVRecord record) throws RowRejected;

	static RowParser of(ImportFormat format, SdgReference sdg) {
		return switch (format) {
			case UPR_INFO -> new UprInfoRows();
			case UHRI -> new UhriRows(sdg);
		};
	}

	static String required(CSVRecord record, String column) throws RowRejected {
		String value = record.get(column);
		if (value == null || value.isBlank()) {
			throw new RowRejected("recommendations.import.error.required", column);
		}
		return value.trim();
	}

	static String optional(CSVRecord record, String column) {
		if (!record.isMapped(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Cells holding several values separated by {@code ;} or {@code |}. */
	static List<String> multi(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("[;|]")).map(String::trim).filter(part -> !part.isEmpty()).distinct().toList();
	}

	static String hash(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0x1F);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** UPR cycles by session number: 1–12, 13–26, 27–40, 41 onwards. */
	static String uprCycle(int session) {
		if (session <= 12) {
			return "1";
		}
		if (session <= 26) {
			return "2";
		}
		return session <= 40 ? "3" : "4";
	}
}
