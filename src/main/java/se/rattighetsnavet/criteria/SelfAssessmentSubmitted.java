package se.rattighetsnavet.criteria;

/**
 * A member froze its self-assessment of a year.
 */
public record SelfAssessmentSubmitted(String organisationCode, int year, int criteriaVersion) {
}
