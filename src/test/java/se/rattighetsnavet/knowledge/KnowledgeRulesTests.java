package se.rattighetsnavet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.FieldErrors;

class KnowledgeRulesTests {

	@Test
	void aDraftIsReviewedBeforeItIsPublished() {
		assertThat(PublicationStatus.DRAFT.moveTo(PublicationStatus.REVIEW)).isEqualTo(PublicationStatus.REVIEW);
		assertThat(PublicationStatus.REVIEW.mayBecome(PublicationStatus.PUBLISHED)).isTrue();
		assertThat(PublicationStatus.REVIEW.mayBecome(PublicationStatus.DRAFT)).isTrue();
		assertThat(PublicationStatus.PUBLISHED.mayBecome(PublicationStatus.DRAFT)).isTrue();
		assertThatThrownBy(() -> PublicationStatus.DRAFT.moveTo(PublicationStatus.PUBLISHED))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.status()).isEqualTo(409));
	}

	@Test
	void aDraftNeedsTitleSummaryAKnownLanguageAndFacetedTags() {
		ItemDraft bad = new ItemDraft(null, " ", "", "", "de", null, "ftp://x", List.of("barn"));
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
			.extracting(FieldErrors.FieldError::field).containsExactly("kind", "title", "summary", "language", "externalUrl", "tags"));
		new ItemDraft(KnowledgeKind.NEWS, "Rubrik", "Kort", "", null, null, "https://skr.se", List.of("SDG:16", "area:barn")).validate();
	}

	@Test
	void theAddressIsReadableAscii() {
		ItemDraft draft = new ItemDraft(KnowledgeKind.PUBLICATION, "Mänskliga rättigheter i styrning & ledning!", "s", "", "sv",
				null, null, List.of());
		assertThat(draft.slug()).isEqualTo("manskliga-rattigheter-i-styrning-ledning");
	}

	@Test
	void paragraphsAreSeparatedByBlankLines() {
		KnowledgeItem item = new KnowledgeItem(1, KnowledgeKind.NEWS, "n", "t", "s", "Ett\n\n  \nTvå\nrader", "sv",
				PublicationStatus.DRAFT, null, null, List.of(), List.of(), 0);
		assertThat(item.paragraphs()).containsExactly("Ett", "Två\nrader");
	}

	@Test
	void reachIsMeasuredAgainstTheAudience() {
		Reach reach = new Reach(null, null, 3, 2, 400, 1_000, 10_000);
		assertThat(reach.employeesReached()).isEqualTo(11_000);
		assertThat(reach.shareOfEmployees()).isEqualByComparingTo("1.00");
		assertThat(reach.shareOfElectedOfficials()).isEqualByComparingTo("1.00");
	}

	@Test
	void aSessionHasADateInThePastAnOrganiserAndSomeParticipants() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		SessionRegistration none = new SessionRegistration("webbutbildning", today.plusDays(1), "", "", "", 0, 0, 0);
		assertThatThrownBy(() -> none.validate(today)).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
			.extracting(FieldErrors.FieldError::field).containsExactly("heldOn", "organiser", "organisationCode", "participants"));
		new SessionRegistration("webbutbildning", today, "SKR", "", "0180", 1, null, null).validate(today);
	}
}
