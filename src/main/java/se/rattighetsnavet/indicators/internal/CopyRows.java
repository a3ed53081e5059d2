package se.rattighetsnavet.indicators.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * Value rows in PostgreSQL's binary {@code COPY} format, so the database takes numbers as they are instead of parsing
 * them from text. Columns: kpi integer, geo char(4), year smallint, gender char(1), value double precision,
 * count integer, status text.
 */
final class CopyRows {

	static final String COLUMNS = "(kpi, geo, year, gender, value, count, status)";
	private static final short FIELDS = 7;
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	private static final byte[] TRAILER = { (byte) 0xff, (byte) 0xff };

	private byte[] bytes;
	private int size;

	CopyRows(int capacity) {
		bytes = new byte[capacity];
	}

	void add(int kpi, String geo, int year, String gender, Double value, Integer count, String status) {
		ensure(64);
		putShort(FIELDS);
		putInt(4);
		putInt(kpi);
		putText(geo);
		putInt(2);
		putShort((short) year);
		putText(gender);
		if (value == null) {
			putInt(-1);
		}
		else {
			putInt(8);
			putLong(Double.doubleToRawLongBits(value));
		}
		if (count == null) {
			putInt(-1);
		}
		else {
			putInt(4);
			putInt(count);
		}
		if (status == null) {
			putInt(-1);
		}
		else {
			putText(status);
		}
	}

	int size() {
		return size;
	}

	/** Begins a copy: the format's header. */
	static void start(CopyIn copy) throws java.sql.SQLException {
		copy.writeToCopy(HEADER, 0, HEADER.length);
	}

	/** Sends the buffered rows and empties the buffer. */
	void sendTo(CopyIn copy) throws java.sql.SQLException {
		if (size > 0) {
			copy.writeToCopy(bytes, 0, size);
			size = 0;
		}
	}

	/** Ends a copy: the format's trailer. */
	static void finish(CopyIn copy) throws java.sql.SQLException {
		copy.writeToCopy(TRAILER, 0, TRAILER.length);
	}

	private void putText(String text) {
		ensure(4 + text.length() * 3);
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		putInt(encoded.length);
		System.arraycopy(encoded, 0, bytes, size, encoded.length);
		size += encoded.length;
	}

	private void putShort(short value) {
		bytes[size++] = (byte) (value >>> 8);
		bytes[size++] = (byte) value;
	}

	private void putInt(int value) {
		bytes[size++] = (byte) (value >>> 24);
		bytes[size++] = (byte) (value >>> 16);
		bytes[size++] = (byte) (value >>> 8);
		bytes[size++] = (byte) value;
	}

	private void putLong(long value) {
		putInt((int) (value >>> 32));
		putInt((int) value);
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}
}
