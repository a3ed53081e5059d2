/**
 * The MR criteria platform (MR-plattformen): the versioned criteria set, joining as MR-kommun or MR-region, yearly
 * self-assessment with progress and peer medians, the members' network and its good examples.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criteria platform")
package se.rattighetsnavet.criteria;
