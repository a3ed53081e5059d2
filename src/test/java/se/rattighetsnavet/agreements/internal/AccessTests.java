package se.rattighetsnavet.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;

class AccessTests {

	static Actor actor(String organisation, Role... roles) {
		return new Actor("a@b.se", "A", organisation, Set.of(roles));
	}

	@Test
	void rolesCountOnlyWithinTheirOwnOrganisation() {
		assertThat(Access.mayEdit(actor("SKR", Role.PROGRAMME_OFFICE))).isTrue();
		assertThat(Access.mayEdit(actor("0180", Role.PROGRAMME_OFFICE))).isFalse();
		assertThat(Access.mayEdit(actor("SKR", Role.MEMBER_EDITOR))).isFalse();
		assertThat(Access.mayEdit(Actor.ANONYMOUS)).isFalse();
		assertThat(Access.maySubmit(Actor.SYSTEM)).isTrue();
		assertThat(Access.mayAccept(actor("REGERINGSKANSLIET", Role.MINISTRY), "REGERINGSKANSLIET")).isTrue();
		assertThat(Access.mayAccept(actor("SKR", Role.MINISTRY), "REGERINGSKANSLIET")).isFalse();
		assertThat(Access.mayAccept(actor("KAMMARKOLLEGIET", Role.PAYING_AGENCY), "KAMMARKOLLEGIET")).isTrue();
		assertThat(Access.mayAccept(actor("KAMMARKOLLEGIET", Role.PAYING_AGENCY), "REGERINGSKANSLIET")).isFalse();
		assertThat(Access.mayAccept(actor("SKR", Role.PROGRAMME_OFFICE), "REGERINGSKANSLIET")).isFalse();
	}

	@Test
	void samradMinutesAreTheMinistrysAndGroupMinutesTheProgrammeOffices() {
		Actor ministry = actor("REGERINGSKANSLIET", Role.MINISTRY);
		Actor office = actor("SKR", Role.PROGRAMME_OFFICE);
		assertThat(Access.mayRecordMinutes(ministry, MeetingKind.SAMRAD)).isTrue();
		assertThat(Access.mayRecordMinutes(office, MeetingKind.SAMRAD)).isFalse();
		assertThat(Access.mayRecordMinutes(office, MeetingKind.GROUP)).isTrue();
		assertThat(Access.mayRecordMinutes(ministry, MeetingKind.GROUP)).isFalse();
		assertThat(Access.mayReadInternal(actor("0180", Role.MEMBER_READER))).isFalse();
		assertThat(Access.mayReadInternal(actor("KAMMARKOLLEGIET", Role.PAYING_AGENCY))).isTrue();
	}

	@Test
	void aDraftNeedsKindTitleAKnownRecipientAndValidAddresses() {
		DeliverableDraft draft = new DeliverableDraft(DeliverableKind.OTHER, "  Titel ", null, null, LocalDate.of(2030, 1, 1),
				"REGERINGSKANSLIET", null, DeliverableDraft.addresses("A@b.se, c@d.se\nA@b.se"), null, null);
		assertThat(draft.title()).isEqualTo("Titel");
		assertThat(draft.responsible()).containsExactly("a@b.se", "c@d.se");
		assertThat(draft.status()).isEqualTo(DeliverableStatus.PLANERAD);
		draft.validate(true, null);
		assertThatThrownBy(() -> draft.validate(false, null)).isInstanceOfSatisfying(FieldErrors.class,
				e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field).containsExactly("recipient"));
		DeliverableDraft bad = new DeliverableDraft(null, "", null, null, null, "", null, List.of("nej"), DeliverableStatus.GODKAND, null);
		assertThatThrownBy(() -> bad.validate(true, DeliverableStatus.PLANERAD)).isInstanceOfSatisfying(FieldErrors.class,
				e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
					.containsExactly("kind", "title", "recipient", "responsible", "status", "version"));
		DeliverableDraft keepsSubmitted = new DeliverableDraft(DeliverableKind.OTHER, "T", null, null, null, "SKR", null, null,
				DeliverableStatus.INLAMNAD, 3);
		keepsSubmitted.validate(true, DeliverableStatus.INLAMNAD);
	}

	@Test
	void anAgreementsPeriodMustRunForwardsAndItsFileNumberMayBeEmpty() {
		new AgreementChange("T", "", "Kulturdepartementet", LocalDate.of(2017, 6, 1), LocalDate.of(2018, 12, 31), 0).validate();
		assertThatThrownBy(() -> new AgreementChange("T", null, "K", LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1), 0).validate())
			.isInstanceOfSatisfying(FieldErrors.class,
					e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field).containsExactly("validTo"));
	}
}
