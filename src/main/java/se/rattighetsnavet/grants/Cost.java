package se.rattighetsnavet.grants;

import java.math.BigDecimal;

/**
 * One cost item of a financial report (specify larger items).
 */
public record Cost(String description, BigDecimal amount) {
}
