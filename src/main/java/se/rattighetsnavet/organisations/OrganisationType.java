package se.rattighetsnavet.organisations;

/**
 * Kinds of organisation. Municipalities and regions are SKR's members; the others run or fund the programme.
 */
public enum OrganisationType {
	KOMMUN, REGION, SKR, REGERINGSKANSLIET, KAMMARKOLLEGIET;

	public boolean isMember() {
		return this == KOMMUN || this == REGION;
	}
}
