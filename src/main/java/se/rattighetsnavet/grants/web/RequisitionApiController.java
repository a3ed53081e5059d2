package se.rattighetsnavet.grants.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.grants.RequisitionManagement;
import se.rattighetsnavet.grants.SignedOriginal;
import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;
import se.rattighetsnavet.grants.web.ApiViews.MoneyEvent;
import se.rattighetsnavet.grants.web.ApiViews.RequisitionView;

@RestController
@RequestMapping("/api/v1/grants/requisitions")
@Tag(name = "Grants: requisitions", description = "Rekvisition of the state grant, receipt and payment by Kammarkollegiet")
class RequisitionApiController {

	private final RequisitionManagement requisitions;
	private final SignedOriginalManagement originals;

	RequisitionApiController(RequisitionManagement requisitions, SignedOriginalManagement originals) {
		this.requisitions = requisitions;
		this.originals = originals;
	}

	@PostMapping
	@Operation(summary = "Draft a requisition (programme office of SKR)")
	ResponseEntity<RequisitionView> create(@RequestBody RequisitionInput input) {
		RequisitionView created = RequisitionView.of(requisitions.create(input));
		return ResponseEntity.created(URI.create("/api/v1/grants/requisitions/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "Requisitions of an agreement (drafts only for the programme office and the ministry)")
	List<RequisitionView> list(@RequestParam long agreementId) {
		return requisitions.forAgreement(agreementId).stream().map(RequisitionView::of).toList();
	}

	@GetMapping("/{id}")
	RequisitionView get(@PathVariable long id) {
		return RequisitionView.of(requisitions.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a draft; 409 when version is stale")
	RequisitionView update(@PathVariable long id, @RequestParam int version, @RequestBody RequisitionInput input) {
		return RequisitionView.of(requisitions.update(id, input, version));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit: locks the requisition and generates its PDF")
	RequisitionView submit(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return RequisitionView.of(requisitions.submit(id, version));
	}

	@PostMapping("/{id}/receipt")
	@Operation(summary = "Kammarkollegiet registers that it received the requisition")
	RequisitionView receipt(@PathVariable long id) {
		return RequisitionView.of(requisitions.registerReceipt(id));
	}

	@PostMapping("/{id}/payments")
	@Operation(summary = "Kammarkollegiet registers the payment: amount and date")
	RequisitionView pay(@PathVariable long id, @RequestBody MoneyEvent payment) {
		return RequisitionView.of(requisitions.registerPayment(id, payment.amount(), payment.paidOn()));
	}

	@GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return Downloads.pdf(requisitions.pdf(id), "rekvisition-" + id + ".pdf");
	}

	@PostMapping(value = "/{id}/signed-originals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the scan of the requisition signed in original, with who signed and when")
	ResponseEntity<SignedOriginal> upload(@PathVariable long id, @RequestParam String signedBy, @RequestParam String signedOn,
			@RequestParam MultipartFile file) throws IOException {
		SignedOriginal created = originals.upload(DocumentType.REQUISITION, id, signedBy, signedOn, file.getOriginalFilename(),
				file.getContentType(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/grants/requisitions/" + id + "/signed-originals/" + created.id())).body(created);
	}

	@GetMapping("/{id}/signed-originals")
	List<SignedOriginal> signedOriginals(@PathVariable long id) {
		return originals.list(DocumentType.REQUISITION, id);
	}

	@GetMapping("/{id}/signed-originals/{originalId}")
	ResponseEntity<byte[]> signedOriginal(@PathVariable long id, @PathVariable long originalId) {
		return Downloads.of(originals.content(DocumentType.REQUISITION, id, originalId));
	}
}
