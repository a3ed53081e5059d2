/**
 * The state grant under the agreements: requisitions, payments, financial reports, repayments and the ledger per agreement and year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grants")
package se.rattighetsnavet.grants;
