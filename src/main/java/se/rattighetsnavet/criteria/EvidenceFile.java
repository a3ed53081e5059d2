package se.rattighetsnavet.criteria;

/**
 * A file uploaded as evidence for one cell of a self-assessment.
 */
public record EvidenceFile(long id, Commitment commitment, ActorRole role, String fileName, String contentType) {

	public static final int MAX_BYTES = 20 * 1024 * 1024;
}
