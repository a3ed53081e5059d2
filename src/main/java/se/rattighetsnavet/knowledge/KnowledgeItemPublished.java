package se.rattighetsnavet.knowledge;

/**
 * An item of the knowledge hub became public.
 */
public record KnowledgeItemPublished(long id, KnowledgeKind kind, String slug) {
}
