/**
 * Infrastructure every capability shares: the database, security primitives, error handling, value types and the web shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.rattighetsnavet.platform;
