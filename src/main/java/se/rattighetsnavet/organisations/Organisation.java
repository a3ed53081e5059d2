package se.rattighetsnavet.organisations;

/**
 * An organisation of the registry. {@code code} is the Kolada/SCB id for members ({@code 0180}, {@code 0001})
 * and the type's name for the national bodies.
 */
public record Organisation(String code, String name, String shortName, OrganisationType type, String countyCode,
		String countyName, String organisationNumber, Integer population, Integer populationYear, int version) {

	public boolean isMember() {
		return type.isMember();
	}
}
