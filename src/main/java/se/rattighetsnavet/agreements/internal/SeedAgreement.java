package se.rattighetsnavet.agreements.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.agreements.DeliverableKind;

/**
 * An agreement as its document states it, for seeding. Each part has a stable key so seeding only adds what is missing.
 */
record SeedAgreement(String code, String title, String fileNumber, String department, LocalDate validFrom, LocalDate validTo,
		String reasons, String overallGoal, String groupKind, String groupText, List<String> subgoals, List<Party> parties,
		List<Money> funding, List<Attachment> attachments, List<Item> deliverables) {

	static final String APPROPRIATION = "Utgiftsområde 1 Rikets styrelse, anslag 6:1 Allmänna val och demokrati, anslagspost 14";

	record Party(String party, String signatory, String signatoryTitle, String place, LocalDate signedOn, String signedText) {
	}

	record Money(int year, BigDecimal amount, boolean conditional) {
	}

	record Attachment(String title, String description) {
	}

	/** {@code key} is unique within the agreement; {@code dueDate} is null where the document sets no date. */
	record Item(String key, DeliverableKind kind, String title, String description, String requirements, LocalDate dueDate,
			Integer year, String recipientCode, String recipientUnit, String responsibleCode) {
	}
}
