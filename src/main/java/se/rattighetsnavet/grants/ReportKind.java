package se.rattighetsnavet.grants;

/**
 * An annual financial report (the 2014 agreement, before each samråd) or the final one, which settles unspent funds.
 */
public enum ReportKind {
	ANNUAL, FINAL
}
