package se.rattighetsnavet.knowledge;

/**
 * A file attached to an item (its content is fetched separately).
 */
public record Attachment(long id, long itemId, String filename, String contentType, int size) {
}
