/**
 * The append-only audit trail: who changed which business data, when, and what it looked like before and after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.rattighetsnavet.audit;
