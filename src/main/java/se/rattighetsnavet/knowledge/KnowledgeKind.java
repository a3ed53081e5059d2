package se.rattighetsnavet.knowledge;

/**
 * What a piece of the knowledge hub is.
 */
public enum KnowledgeKind {
	PUBLICATION, GUIDANCE, GOOD_EXAMPLE, NEWS
}
