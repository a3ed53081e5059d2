package se.rattighetsnavet.recommendations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The programme office's mapping (kartläggning) of recommendations relevant to municipalities and regions.
 */
public interface MappingManagement {

	List<MappingEntry> entries();

	/** Entries by rights area, then target group. */
	Map<String, Map<String, List<MappingEntry>>> grouped();

	/** Selects a recommendation for the mapping or edits its entry (optimistic locking on version). */
	MappingEntry select(long recommendationId, String rightsArea, String targetGroup, String needs, String plannedSupport,
			Integer expectedVersion);

	/** The 2014 agreement's file number, when the agreements module knows it. */
	Optional<String> fileNumber();

	byte[] pdf(Locale locale);

	byte[] docx();

	/** Attaches the report PDF to the agreement's kartläggning deliverable. */
	void submitToAgreement(Locale locale);
}
