package se.rattighetsnavet.recommendations.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, for the progress bar. */
final class CountingStream extends FilterInputStream {

	private volatile long count;

	CountingStream(InputStream in) {
		super(in);
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int value = super.read();
		if (value >= 0) {
			count++;
		}
		return value;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			count += read;
		}
		return read;
	}
}
