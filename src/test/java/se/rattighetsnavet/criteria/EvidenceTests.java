package se.rattighetsnavet.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.TestAccounts;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@IntegrationTest
class EvidenceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	se.rattighetsnavet.organisations.OrganisationManagement organisations;

	@Autowired
	EvidenceManagement evidence;

	@Test
	void editorsUploadEvidenceToTheirDraftOnlyAndOnlyTheirOrganisationReadsIt() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String code = CriteriaTestData.peers(organisations, jdbc, 1).get(0).code();
		String editor = accounts.create(code, Role.MEMBER_EDITOR);
		CriteriaTestData.join(api, editor, accounts.create("SKR", Role.PROGRAMME_OFFICE), code);
		String path = "/api/v1/self-assessments/" + code + "/2020";
		assertThat(api.as(editor).put(path, Map.of("version", 0, "cells", CriteriaTestData.cells(2))).status()).isEqualTo(200);

		var asEditor = CriteriaTestData.actor(code, Role.MEMBER_EDITOR);
		EvidenceFile file = CriteriaTestData.as(asEditor, () -> evidence.attach(code, 2020, Commitment.UPPFOLJNING,
				ActorRole.VALFARDSAKTOR, "arsredovisning.pdf", "application/pdf", CriteriaTestData.PDF));
		assertThatThrownBy(() -> CriteriaTestData.as(asEditor, () -> evidence.attach(code, 2020, Commitment.UPPFOLJNING,
				ActorRole.VALFARDSAKTOR, "tom.pdf", "application/pdf", new byte[0]))).isInstanceOf(FieldErrors.class);
		assertThat(CriteriaTestData.as(CriteriaTestData.actor(code, Role.MEMBER_READER), () -> evidence.content(code, 2020, file.id())))
			.isEqualTo(CriteriaTestData.PDF);
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor(code, Role.MEMBER_READER), () -> evidence.attach(code, 2020,
				Commitment.KUNSKAP, ActorRole.SAMHALLSAKTOR, "a.pdf", "application/pdf", CriteriaTestData.PDF)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> CriteriaTestData.as(CriteriaTestData.actor("0180", Role.MEMBER_EDITOR), () -> evidence.files(code, 2020)))
			.isInstanceOf(NotFoundException.class);

		assertThat(api.as(editor).post(path + "/submit", Map.of("version", 1)).status()).isEqualTo(200);
		ApiClient.Response pdf = api.as(editor).get(path + "/pdf");
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(pdf.bytes()).startsWith("%PDF".getBytes());
		assertThatThrownBy(() -> CriteriaTestData.as(asEditor, () -> evidence.attach(code, 2020, Commitment.KUNSKAP,
				ActorRole.SAMHALLSAKTOR, "sen.pdf", "application/pdf", CriteriaTestData.PDF))).isInstanceOf(BusinessRuleException.class);
		assertThat(CriteriaTestData.as(asEditor, () -> evidence.files(code, 2020))).extracting(EvidenceFile::fileName)
			.containsExactly("arsredovisning.pdf");
	}
}
