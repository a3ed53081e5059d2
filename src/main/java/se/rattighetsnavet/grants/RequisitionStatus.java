package se.rattighetsnavet.grants;

/**
 * Where a requisition stands: drafted by the programme office, submitted (locked, PDF generated), received and paid by Kammarkollegiet.
 */
public enum RequisitionStatus {
	UTKAST, INLAMNAD, MOTTAGEN, UTBETALD;

	public boolean isDraft() {
		return this == UTKAST;
	}
}
