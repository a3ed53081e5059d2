package se.rattighetsnavet.organisations;

/**
 * A search of the registry: optional type and free text over name, code and county; sorted and paged.
 */
public record OrganisationQuery(OrganisationType type, String text, String countyCode, Sort sort, boolean descending,
		int page, int size) {

	public enum Sort {
		NAME, CODE, COUNTY, POPULATION, TYPE
	}

	public OrganisationQuery {
		sort = sort == null ? Sort.NAME : sort;
		page = Math.max(page, 0);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}

	public static OrganisationQuery all() {
		return new OrganisationQuery(null, null, null, Sort.NAME, false, 0, 500);
	}
}
