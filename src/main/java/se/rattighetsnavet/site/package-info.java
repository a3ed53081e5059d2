/**
 * The public face of the platform: the start page, the accessibility statement, contact, and the pages of capabilities still being built.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site")
package se.rattighetsnavet.site;
