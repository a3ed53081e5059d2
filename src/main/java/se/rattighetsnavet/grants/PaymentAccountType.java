package se.rattighetsnavet.grants;

/**
 * How Kammarkollegiet pays out.
 */
public enum PaymentAccountType {
	BANKGIRO, PLUSGIRO
}
