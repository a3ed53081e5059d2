package se.rattighetsnavet.agreements;

import java.math.BigDecimal;

/**
 * The grant set aside for one year. {@code conditional} marks money the Government only intends to give,
 * subject to the Riksdag's appropriation. {@code appropriation} names where it is charged
 * (utgiftsområde 1, anslag 6:1 Allmänna val och demokrati, anslagspost 14).
 */
public record Funding(int year, BigDecimal amount, boolean conditional, String appropriation) {
}
