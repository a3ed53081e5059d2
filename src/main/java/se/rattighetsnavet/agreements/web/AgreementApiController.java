package se.rattighetsnavet.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.agreements.Funding;
import se.rattighetsnavet.agreements.internal.AgreementChange;
import se.rattighetsnavet.agreements.internal.AgreementService;
import se.rattighetsnavet.agreements.internal.DeliverableDraft;
import se.rattighetsnavet.agreements.internal.DeliverableService;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.FieldErrors;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreements", description = "The agreements between the Government and SKR, their deliverables and deadlines")
class AgreementApiController {

	private final AgreementService agreements;
	private final DeliverableService deliverables;

	AgreementApiController(AgreementService agreements, DeliverableService deliverables) {
		this.agreements = agreements;
		this.deliverables = deliverables;
	}

	record Summary(long id, String code, String fileNumber, String title, LocalDate validFrom, LocalDate validTo) {
	}

	record Items<T>(List<T> items) {
	}

	record DeliverableSummary(long id, DeliverableKind kind, String title, LocalDate dueDate, String recipient, DeliverableStatus status,
			Integer year) {
	}

	record Details(long id, String code, String fileNumber, String title, String department, LocalDate validFrom, LocalDate validTo,
			String reasons, String overallGoal, List<String> subgoals, List<Views.Party> parties, List<Funding> funding,
			List<Views.Attachment> attachments, int version, List<DeliverableSummary> deliverables) {
	}

	record DeliverableBody(DeliverableKind kind, String title, String description, String requirements, LocalDate dueDate,
			String recipient, String recipientUnit, List<String> responsible, DeliverableStatus status, Integer version) {

		DeliverableDraft draft() {
			return new DeliverableDraft(kind, title, description, requirements, dueDate, recipient, recipientUnit, responsible, status,
					version);
		}
	}

	record DeliverableView(long id, long agreementId, String agreementCode, DeliverableKind kind, String title, String description,
			String requirements, LocalDate dueDate, Integer year, String recipient, String recipientUnit, DeliverableStatus status,
			List<String> responsible, java.time.Instant submittedAt, java.time.Instant acceptedAt, String acceptedBy, int version,
			List<Views.DocumentInfo> documents) {
	}

	record Acceptance(Integer version) {
	}

	@GetMapping("/agreements")
	@Operation(summary = "All agreements")
	Items<Summary> list() {
		return new Items<>(agreements.all().stream()
			.map(a -> new Summary(a.id(), a.code(), a.fileNumber(), a.title(), a.validFrom(), a.validTo())).toList());
	}

	@GetMapping("/agreements/{id}")
	@Operation(summary = "One agreement with its deliverables sorted by due date")
	Details get(@PathVariable long id) {
		return details(agreements.details(id));
	}

	@PatchMapping("/agreements/{id}")
	@Operation(summary = "Edit title, file number, department and period (programme office; optimistic locking on version)")
	Details update(@PathVariable long id, @RequestBody AgreementChange change) {
		return details(agreements.update(id, change));
	}

	@PostMapping("/agreements/{id}/deliverables")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a deliverable (programme office)")
	DeliverableView create(@PathVariable long id, @RequestBody DeliverableBody body) {
		return view(deliverables.create(id, body.draft()));
	}

	@GetMapping("/deadlines")
	@Operation(summary = "Late deliverables and those due within the coming days (default 90) across agreements")
	Items<DeliverableSummary> deadlines(@RequestParam(defaultValue = "90") int days) {
		return new Items<>(agreements.deadlines(Math.max(0, Math.min(days, 3650))).stream()
			.map(row -> summary(row.deliverable())).toList());
	}

	@GetMapping("/deliverables/{id}")
	@Operation(summary = "One deliverable; submitted documents only for the programme office, Government Offices and Kammarkollegiet")
	DeliverableView deliverable(@PathVariable long id) {
		return view(deliverables.details(id));
	}

	@PutMapping("/deliverables/{id}")
	@Operation(summary = "Edit a deliverable (programme office; optimistic locking on version)")
	DeliverableView updateDeliverable(@PathVariable long id, @RequestBody DeliverableBody body) {
		return view(deliverables.update(id, body.draft()));
	}

	@PostMapping(path = "/deliverables/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hand in a document (PDF, DOCX or ODT up to 20 MB) as the next version")
	Views.DocumentInfo submit(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			new FieldErrors().add("file", "agreements.document.empty").throwIfAny();
		}
		return deliverables.submit(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
	}

	@GetMapping("/deliverables/{id}/documents/{documentId}")
	@Operation(summary = "Download one version of a submitted document")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return DocumentResponses.of(deliverables.document(id, documentId));
	}

	@PostMapping("/deliverables/{id}/acceptance")
	@Operation(summary = "Accept a handed-in deliverable (Government Offices; Kammarkollegiet for what is handed in to it)")
	DeliverableView accept(@PathVariable long id, @RequestBody Acceptance body) {
		if (body.version() == null) {
			new FieldErrors().add("version", "agreements.validation.required").throwIfAny();
		}
		return view(deliverables.accept(id, body.version()));
	}

	private Details details(Views.AgreementDetails d) {
		Agreement a = d.agreement();
		return new Details(a.id(), a.code(), a.fileNumber(), a.title(), a.department(), a.validFrom(), a.validTo(), d.reasons(),
				d.overallGoal(), d.subgoals(), d.parties(), a.funding(), d.attachments(), d.version(),
				agreements.deliverables(a.id()).stream().map(AgreementApiController::summary).toList());
	}

	private static DeliverableSummary summary(Deliverable d) {
		return new DeliverableSummary(d.id(), d.kind(), d.title(), d.dueDate(), d.recipientCode(), d.status(), d.year());
	}

	private DeliverableView view(Views.DeliverableDetails d) {
		Deliverable x = d.deliverable();
		return new DeliverableView(x.id(), x.agreementId(), d.agreementCode(), x.kind(), x.title(), d.description(), d.requirements(),
				x.dueDate(), x.year(), x.recipientCode(), d.recipientUnit(), x.status(), d.responsible(), d.submittedAt(), d.acceptedAt(),
				d.acceptedBy(), d.version(), deliverables.documents(x.id()));
	}

	static final class DocumentResponses {

		private DocumentResponses() {
		}

		static ResponseEntity<byte[]> of(Views.StoredDocument document) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.parseMediaType(document.info().contentType()));
			headers.setContentDisposition(ContentDisposition.attachment().filename(document.info().filename(),
					java.nio.charset.StandardCharsets.UTF_8).build());
			headers.set("X-Content-SHA256", document.info().sha256());
			headers.setCacheControl("private, no-store");
			return ResponseEntity.ok().headers(headers).body(document.content());
		}
	}
}
