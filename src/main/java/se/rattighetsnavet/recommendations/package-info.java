/**
 * The recommendations register: what international monitoring bodies ask of Sweden, imported, tagged with SDG goals and
 * affected groups, searched, mapped for municipalities and regions, and followed up by the members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations")
package se.rattighetsnavet.recommendations;
