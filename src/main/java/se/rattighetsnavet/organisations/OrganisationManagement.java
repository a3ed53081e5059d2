package se.rattighetsnavet.organisations;

import java.util.List;
import java.util.Optional;

/**
 * The registry's API for the other modules and the web layer.
 */
public interface OrganisationManagement {

	Optional<Organisation> find(String code);

	/** @throws se.rattighetsnavet.platform.NotFoundException for an unknown code */
	Organisation get(String code);

	OrganisationPage search(OrganisationQuery query);

	/** Every organisation of the given types, by name. */
	List<Organisation> all(OrganisationType... types);

	List<PopulationFigure> populationHistory(String code);

	/**
	 * Sets or clears the organisationsnummer. Only ADMIN, the programme office, or an editor of the organisation itself may.
	 *
	 * @throws se.rattighetsnavet.platform.FieldErrors when the number fails the Luhn check
	 * @throws se.rattighetsnavet.platform.ConcurrentEditException when {@code expectedVersion} is stale
	 */
	Organisation changeOrganisationNumber(String code, String organisationNumber, int expectedVersion);
}
