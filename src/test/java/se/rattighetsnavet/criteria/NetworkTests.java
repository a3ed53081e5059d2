package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class NetworkTests {

	static final Actor OFFICE = CriteriaTestData.actor("SKR", Role.PROGRAMME_OFFICE);

	@LocalServerPort
	int port;

	@Autowired
	NetworkManagement network;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedsNetworksAreThereAndTheProgrammeOfficeKeepsMembersAndMeetings() {
		assertThat(network.networks()).extracting(Network::code)
			.contains("utvecklingsnatverk", "nnm", "rasism-diskriminering", "motesplats-social-hallbarhet", "jamlik-vard");
		Network updated = CriteriaTestData.as(OFFICE, () -> {
			network.addMember("utvecklingsnatverk", "1480");
			return network.recordMeeting("utvecklingsnatverk", LocalDate.of(2018, 2, 14), "Uppstartsmöte", "Genomgång av plattformen.");
		});
		assertThat(updated.memberCodes()).contains("1480");
		assertThat(updated.meetings()).extracting(Network.Meeting::title).contains("Uppstartsmöte");
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("1480", Role.MEMBER_EDITOR),
				() -> network.addMember("nnm", "1480"))).isInstanceOf(AccessDeniedException.class);
		assertThat(new ApiClient(port).get("/mr-plattformen/natverk/utvecklingsnatverk").text()).contains("Göteborg");
	}

	@Test
	void aGoodExampleIsPublishedOnlyAfterTheProgrammeOfficeApprovesIt() {
		String code = "2480";
		Actor editor = CriteriaTestData.actor(code, Role.MEMBER_EDITOR);
		GoodExample proposed = CriteriaTestData.as(editor, () -> network.propose(new NewGoodExample(code,
				"Barnrättsprövning i alla nämnder " + System.nanoTime(), Commitment.RIKTLINJER, ActorRole.DEMOKRATIAKTOR,
				"Alla beslutsunderlag prövas mot barnkonventionen.", "Kim Kontakt", "kim@example.se",
				List.of(new NewGoodExample.File("rutin.pdf", "application/pdf", CriteriaTestData.PDF)))));
		ApiClient anonymous = new ApiClient(port);
		assertThat(anonymous.get("/mr-plattformen/exempel/" + proposed.id()).status()).isEqualTo(404);
		assertThat(anonymous.get("/mr-plattformen/exempel").text()).doesNotContain(proposed.title());
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("0180", Role.MEMBER_EDITOR), () -> network.propose(
				new NewGoodExample(code, "Annans", Commitment.KUNSKAP, ActorRole.SAMHALLSAKTOR, "x", "y", "y@example.se", List.of()))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> CriteriaTestData.as(editor, () -> network.approve(proposed.id(), 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("0180", Role.MEMBER_EDITOR),
				() -> network.example(proposed.id()))).isInstanceOf(NotFoundException.class);

		GoodExample approved = CriteriaTestData.as(OFFICE, () -> network.approve(proposed.id(), 0));
		assertThat(approved.isPublished()).isTrue();
		assertThat(anonymous.get("/mr-plattformen/exempel?atagande=riktlinjer&roll=demokratiaktor").text()).contains(proposed.title());
		assertThat(anonymous.get("/mr-plattformen/exempel?atagande=kunskap").text()).doesNotContain(proposed.title());
		long file = approved.attachments().get(0).id();
		assertThat(anonymous.get("/mr-plattformen/exempel/" + proposed.id() + "/bilagor/" + file).bytes()).isEqualTo(CriteriaTestData.PDF);
	}
}
