/**
 * The action plan under each agreement: focus areas, activities, their yearly follow-up, and the follow-up and final reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan")
package se.rattighetsnavet.actionplan;
