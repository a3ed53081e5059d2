package se.rattighetsnavet.criteria.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.Membership;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.NewMembership;
import se.rattighetsnavet.criteria.ContactPerson;
import se.rattighetsnavet.criteria.SelfAssessmentManagement;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "MR-plattformen", description = "The criteria set, MR members and yearly self-assessments")
class CriteriaApiController {

	private final CriteriaManagement criteria;
	private final MembershipManagement memberships;
	private final SelfAssessmentManagement assessments;
	private final AssessmentPdf pdf;
	private final MessageSource messages;

	CriteriaApiController(CriteriaManagement criteria, MembershipManagement memberships, SelfAssessmentManagement assessments,
			AssessmentPdf pdf, MessageSource messages) {
		this.criteria = criteria;
		this.memberships = memberships;
		this.assessments = assessments;
		this.pdf = pdf;
		this.messages = messages;
	}

	record Titled(String code, String title) {
	}

	record Level(int level, String title) {
	}

	record CriteriaView(int version, List<Titled> commitments, List<Titled> roles, List<Level> levels) {
	}

	record MemberView(String organisationCode, String name, LocalDate joinedOn) {
	}

	record MembershipRequest(String organisationCode, String decisionBody, LocalDate decisionDate, String minuteReference,
			String extractName, byte[] extractPdf, List<ContactPerson> contacts) {
	}

	record VersionRequest(int version) {
	}

	@GetMapping("/criteria")
	@Operation(summary = "The current version of the criteria set (public)")
	CriteriaView criteria() {
		Locale locale = LocaleContextHolder.getLocale();
		return new CriteriaView(criteria.current().version(),
				Arrays.stream(Commitment.values()).map(c -> new Titled(c.code(), text("criteria.commitment." + c.code(), locale))).toList(),
				Arrays.stream(ActorRole.values()).map(r -> new Titled(r.code(), text("criteria.role." + r.code(), locale))).toList(),
				Arrays.stream(MaturityLevel.values()).map(l -> new Level(l.level(), text("criteria.level." + l.level(), locale))).toList());
	}

	@GetMapping("/mr-members")
	@Operation(summary = "The public list of MR-kommuner and MR-regioner with the date each joined")
	List<MemberView> members() {
		return memberships.members().stream().map(m -> new MemberView(m.organisationCode(), m.name(), m.joinedOn())).toList();
	}

	@PostMapping("/memberships")
	@Operation(summary = "Record the member's political decision to join (MEMBER_EDITOR of the organisation); extractPdf is base64")
	ResponseEntity<Membership> join(@RequestBody MembershipRequest request) {
		Membership membership = memberships.record(new NewMembership(request.organisationCode(), request.decisionBody(),
				request.decisionDate(), request.minuteReference(), request.extractName(), request.extractPdf(),
				request.contacts() == null ? List.of() : request.contacts()));
		return ResponseEntity.status(201).body(membership);
	}

	@PostMapping("/memberships/{id}/confirm")
	@Operation(summary = "Confirm a decision (PROGRAMME_OFFICE): the member appears on the public list")
	Membership confirm(@PathVariable long id, @RequestBody VersionRequest request) {
		return memberships.confirm(id, request.version());
	}

	@GetMapping("/self-assessments/{organisationCode}/{year}")
	@Operation(summary = "A self-assessment (the organisation's editors and readers; submitted ones also the programme office)")
	AssessmentJson get(@PathVariable String organisationCode, @PathVariable int year) {
		return AssessmentJson.of(assessments.get(organisationCode, year));
	}

	@PutMapping("/self-assessments/{organisationCode}/{year}")
	@Operation(summary = "Save the draft (MEMBER_EDITOR of the organisation); 409 when someone else saved since 'version'")
	AssessmentJson put(@PathVariable String organisationCode, @PathVariable int year, @RequestBody AssessmentJson.Change change) {
		return AssessmentJson.of(assessments.save(organisationCode, year, change.answers(), change.version()));
	}

	@PostMapping("/self-assessments/{organisationCode}/{year}/submit")
	@Operation(summary = "Submit the year: freezes an immutable snapshot (MEMBER_EDITOR of the organisation)")
	AssessmentJson submit(@PathVariable String organisationCode, @PathVariable int year, @RequestBody VersionRequest request) {
		return AssessmentJson.of(assessments.submit(organisationCode, year, request.version()));
	}

	@GetMapping(path = "/self-assessments/{organisationCode}/{year}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The self-assessment as PDF, with the same access as reading it")
	ResponseEntity<byte[]> exportPdf(@PathVariable String organisationCode, @PathVariable int year) {
		byte[] document = pdf.render(assessments.get(organisationCode, year), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sjalvskattning-" + organisationCode + "-" + year + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(document);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
