package se.rattighetsnavet.recommendations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a byte stream as UTF-8 (with or without byte order mark) with a decoder that fails on the first invalid byte
 * instead of replacing it, so Latin-1 or Mac Roman files are refused rather than imported garbled.
 */
final class StrictUtf8 {

	/** The file is not UTF-8. */
	static final class NotUtf8Exception extends IOException {
		NotUtf8Exception(String message) {
			super(message);
		}
	}

	private StrictUtf8() {
	}

	static Reader open(InputStream in) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		byte[] head = new byte[3];
		int read = pushback.readNBytes(head, 0, 3);
		boolean utf8Bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
		boolean utf16Bom = read >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
				|| ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE));
		if (utf16Bom) {
			throw new NotUtf8Exception("UTF-16");
		}
		if (!utf8Bom && read > 0) {
			pushback.unread(head, 0, read);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(pushback, decoder);
	}
}
