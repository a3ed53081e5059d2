/**
 * The MR criteria platform (MR-plattformen): the versioned criteria set, joining as MR-kommun or MR-region, yearly
 * self-assessment with progress and peer medians, the members' network and its good examples.
 * <p>
 * The self-assessment of a year is due on 31 March of the following year ({@link se.rattighetsnavet.criteria.ReportingYear});
 * editors of members that have not submitted are reminded once from 1 March and once more when it is late.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criteria platform")
package se.rattighetsnavet.criteria;
