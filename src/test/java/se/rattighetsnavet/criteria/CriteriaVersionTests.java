package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class CriteriaVersionTests {

	@Autowired
	CriteriaManagement criteria;

	@Autowired
	JdbcClient jdbc;

	@Test
	void versionOneShipsAllTwentyFourCellsInBothLanguages() {
		CriteriaSet first = criteria.version(1);
		assertThat(first.cells()).hasSize(24);
		CriteriaCell cell = first.cell(Commitment.AVTAL, ActorRole.ARBETSGIVARAKTOR);
		assertThat(cell.questions(java.util.Locale.forLanguageTag("sv"))).hasSize(4).anyMatch(q -> q.contains("som arbetsgivare"));
		assertThat(cell.questions(java.util.Locale.ENGLISH)).hasSize(4).anyMatch(q -> q.contains("as an employer"));
		assertThat(cell.evidence(java.util.Locale.ENGLISH)).isNotEmpty();
	}

	@Test
	void theProgrammeOfficeEditsADraftAndPublishesItWhilePublishedVersionsNeverChange() {
		var office = CriteriaTestData.actor("SKR", Role.PROGRAMME_OFFICE);
		int before = criteria.current().version();
		String oldQuestions = criteria.current().cell(Commitment.INVOLVERA, ActorRole.VALFARDSAKTOR).questionsSv();
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("0180", Role.MEMBER_EDITOR), criteria::openDraft))
			.isInstanceOf(AccessDeniedException.class);

		CriteriaSet draft = CriteriaTestData.as(office, criteria::openDraft);
		assertThat(draft.version()).isEqualTo(before + 1);
		assertThat(draft.isEditable()).isTrue();
		CriteriaCell changed = new CriteriaCell(Commitment.INVOLVERA, ActorRole.VALFARDSAKTOR, "Hur involveras brukarråd?",
				"How are user councils involved?", "Protokoll från brukarråd", "Minutes of user councils");
		CriteriaSet edited = CriteriaTestData.as(office, () -> criteria.editDraft(changed, draft.lockVersion()));
		assertThatThrownBy(() -> CriteriaTestData.as(office, () -> criteria.editDraft(changed, draft.lockVersion())))
			.isInstanceOf(ConcurrentEditException.class);
		CriteriaTestData.as(office, () -> criteria.publishDraft(edited.lockVersion()));

		assertThat(criteria.current().version()).isEqualTo(before + 1);
		assertThat(criteria.current().cell(Commitment.INVOLVERA, ActorRole.VALFARDSAKTOR).questionsSv()).isEqualTo("Hur involveras brukarråd?");
		assertThat(criteria.version(before).status()).isEqualTo(CriteriaSet.Status.RETIRED);
		assertThat(criteria.version(before).cell(Commitment.INVOLVERA, ActorRole.VALFARDSAKTOR).questionsSv()).isEqualTo(oldQuestions);
		assertThatThrownBy(() -> jdbc.sql("UPDATE criteria_cell SET questions_sv = 'x' WHERE criteria_version = ?").param(before).update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("cannot change");
	}
}
