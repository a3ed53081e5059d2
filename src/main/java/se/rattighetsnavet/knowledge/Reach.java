package se.rattighetsnavet.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many training reached, for one member organisation or (with {@code organisationCode} null) overall.
 * Managers and other employees together make up the employees reached.
 */
public record Reach(String organisationCode, String organisationName, long sessions, long organisations,
		long electedOfficials, long managers, long employees) {

	/** The audience of the programme's training: about 1.1 million employees and 40,000 elected officials. */
	public static final long AUDIENCE_EMPLOYEES = 1_100_000;
	public static final long AUDIENCE_ELECTED_OFFICIALS = 40_000;

	public long employeesReached() {
		return managers + employees;
	}

	public long participants() {
		return electedOfficials + managers + employees;
	}

	/** Per cent of the national audience of employees, two decimals. */
	public BigDecimal shareOfEmployees() {
		return percent(employeesReached(), AUDIENCE_EMPLOYEES);
	}

	public BigDecimal shareOfElectedOfficials() {
		return percent(electedOfficials, AUDIENCE_ELECTED_OFFICIALS);
	}

	static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}
}
