package se.rattighetsnavet.indicators;

import java.time.LocalDate;

/**
 * A Kolada key figure (nyckeltal) with its metadata as Kolada publishes it. {@code municipalityType} is K (municipalities),
 * L (regions) or A (both).
 */
public record Kpi(String id, String title, String description, String definition, String operatingArea, String perspective,
		String auspice, boolean dividedByGender, String municipalityType, LocalDate publicationDate,
		LocalDate prelPublicationDate, LocalDate ouPublicationDate, boolean hasOuData, String publPeriod) {
}
