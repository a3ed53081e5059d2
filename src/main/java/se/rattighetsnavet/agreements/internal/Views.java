package se.rattighetsnavet.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Deliverable;

/**
 * What the module's pages and API show beyond the public contract.
 */
public final class Views {

	private Views() {
	}

	public record Party(String party, String signatory, String signatoryTitle, String place, LocalDate signedOn, String signedText) {
	}

	public record Attachment(String title, String description) {
	}

	public record AgreementDetails(Agreement agreement, String reasons, String overallGoal, String groupKind, String groupText,
			List<String> subgoals, List<Party> parties, List<Attachment> attachments, int version) {
	}

	/** {@code responsible} is empty for readers who may not see it. */
	public record DeliverableDetails(Deliverable deliverable, String agreementCode, String agreementTitle, String description,
			String requirements, String recipientUnit, String responsibleCode, List<String> responsible, Instant submittedAt,
			String submittedBy, Instant acceptedAt, String acceptedBy, int version, Long daysLeft) {
	}

	public record DocumentInfo(long id, long deliverableId, int versionNo, String filename, String contentType, long size,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	public record StoredDocument(DocumentInfo info, byte[] content) {
	}

	public record Member(long id, long agreementId, String name, String organisation, String role) {
	}

	public record Decision(long id, String text, Long adoptsDeliverable) {
	}

	public record Meeting(long id, long agreementId, MeetingKind kind, LocalDate heldOn, String title, String agenda, String minutes,
			String attendance, int version, List<Decision> decisions) {

		/** The agenda's items, one per line. */
		public List<String> agendaItems() {
			return agenda.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		}
	}

	/** A deadline in the overview across agreements. */
	public record DeadlineRow(Deliverable deliverable, String agreementCode, String recipientUnit, long daysLeft) {
	}
}
