/**
 * The registry of the programme's organisations: the 290 municipalities and 21 regions that are SKR's members,
 * and SKR, Regeringskansliet and Kammarkollegiet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package se.rattighetsnavet.organisations;
