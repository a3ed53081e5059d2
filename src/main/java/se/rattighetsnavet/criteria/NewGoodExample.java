package se.rattighetsnavet.criteria;

import java.util.List;

/**
 * A member's proposal of a good example, with its attachments.
 */
public record NewGoodExample(String organisationCode, String title, Commitment commitment, ActorRole role, String description,
		String contactName, String contactEmail, List<File> files) {

	public record File(String fileName, String contentType, byte[] content) {
	}
}
