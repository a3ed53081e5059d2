/**
 * Accounts, roles and sign-in. Every account belongs to one organisation and holds roles there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package se.rattighetsnavet.accounts;
