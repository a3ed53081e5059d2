package se.rattighetsnavet.indicators;

/** The file formats the importer reads. */
public enum ImportFormat {
	KOLADA_V3("kolada-v3"), KOLADA_V2("kolada-v2"), CSV("csv");

	private final String code;

	ImportFormat(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** @return the format for its code, or {@code null} for an unknown one */
	public static ImportFormat ofCode(String code) {
		for (ImportFormat format : values()) {
			if (format.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
				return format;
			}
		}
		return null;
	}
}
