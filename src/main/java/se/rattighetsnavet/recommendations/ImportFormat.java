package se.rattighetsnavet.recommendations;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the register imports. */
public enum ImportFormat {

	UPR_INFO("upr-info"), UHRI("uhri");

	private final String code;

	ImportFormat(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ImportFormat> fromCode(String code) {
		return Arrays.stream(values()).filter(format -> format.code.equalsIgnoreCase(String.valueOf(code))).findFirst();
	}
}
