package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.platform.BusinessRuleException;

/**
 * A good example a member shares: published on the public pages only after the programme office approves it.
 */
public record GoodExample(long id, String organisationCode, String title, Commitment commitment, ActorRole role,
		String description, String contactName, String contactEmail, Status status, LocalDate approvedOn, int version,
		List<Attachment> attachments) {

	public enum Status {
		PROPOSED, APPROVED, REJECTED
	}

	public record Attachment(long id, String fileName, String contentType) {
	}

	public GoodExample {
		attachments = List.copyOf(attachments);
	}

	public GoodExample approve(LocalDate on) {
		requireProposed();
		return new GoodExample(id, organisationCode, title, commitment, role, description, contactName, contactEmail,
				Status.APPROVED, on, version, attachments);
	}

	public GoodExample reject() {
		requireProposed();
		return new GoodExample(id, organisationCode, title, commitment, role, description, contactName, contactEmail,
				Status.REJECTED, null, version, attachments);
	}

	public boolean isPublished() {
		return status == Status.APPROVED;
	}

	private void requireProposed() {
		if (status != Status.PROPOSED) {
			throw new BusinessRuleException(409, "criteria.example.notProposed");
		}
	}
}
