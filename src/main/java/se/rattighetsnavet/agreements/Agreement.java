package se.rattighetsnavet.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as other modules see it. {@code code} is a stable key ({@code OK2014}, {@code OK2017});
 * {@code fileNumber} is the government diarienummer, empty where the documents do not give it.
 */
public record Agreement(long id, String code, String title, String fileNumber, String department, LocalDate validFrom,
		LocalDate validTo, List<Funding> funding) {

	public Agreement {
		funding = List.copyOf(funding);
	}

	public Optional<Funding> fundingFor(int year) {
		return funding.stream().filter(f -> f.year() == year).findFirst();
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && !date.isAfter(validTo);
	}
}
