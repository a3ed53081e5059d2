package se.rattighetsnavet.platform;

/**
 * The modulus-10 (Luhn) check used by organisationsnummer, personnummer, bankgiro and plusgiro.
 */
public final class Luhn {

	private Luhn() {
	}

	public static boolean isValid(String digits) {
		if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int sum = 0;
		boolean doubleIt = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubleIt) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubleIt = !doubleIt;
		}
		return sum % 10 == 0;
	}
}
