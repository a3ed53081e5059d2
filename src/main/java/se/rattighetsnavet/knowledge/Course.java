package se.rattighetsnavet.knowledge;

/**
 * A course or programme of training.
 */
public record Course(long id, String code, CourseKind kind, String title, String description, String organiser, String url) {
}
