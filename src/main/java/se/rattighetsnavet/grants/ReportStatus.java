package se.rattighetsnavet.grants;

/**
 * Where a financial report stands. A report sent back for completion may be edited and submitted again.
 */
public enum ReportStatus {
	UTKAST, INLAMNAD, GODKAND, KOMPLETTERING_BEGARD;

	public boolean isEditable() {
		return this == UTKAST || this == KOMPLETTERING_BEGARD;
	}
}
