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

import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportManagement;
import se.rattighetsnavet.grants.SignedOriginal;
import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;
import se.rattighetsnavet.grants.web.ApiViews.CompletionRequest;
import se.rattighetsnavet.grants.web.ApiViews.FinancialReportView;

@RestController
@RequestMapping("/api/v1/grants/financial-reports")
@Tag(name = "Grants: financial reports", description = "Ekonomisk redovisning with the CFO's attestation; approval by the ministry")
class FinancialReportApiController {

	private final FinancialReportManagement reports;
	private final SignedOriginalManagement originals;

	FinancialReportApiController(FinancialReportManagement reports, SignedOriginalManagement originals) {
		this.reports = reports;
		this.originals = originals;
	}

	@PostMapping
	@Operation(summary = "Draft a financial report; totalCosts and unspent are computed")
	ResponseEntity<FinancialReportView> create(@RequestBody FinancialReportInput input) {
		FinancialReportView created = FinancialReportView.of(reports.create(input));
		return ResponseEntity.created(URI.create("/api/v1/grants/financial-reports/" + created.id())).body(created);
	}

	@GetMapping
	List<FinancialReportView> list(@RequestParam long agreementId) {
		return reports.forAgreement(agreementId).stream().map(FinancialReportView::of).toList();
	}

	@GetMapping("/{id}")
	FinancialReportView get(@PathVariable long id) {
		return FinancialReportView.of(reports.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a draft or a report sent back for completion; 409 when version is stale")
	FinancialReportView update(@PathVariable long id, @RequestParam int version, @RequestBody FinancialReportInput input) {
		return FinancialReportView.of(reports.update(id, input, version));
	}

	@PostMapping("/{id}/submit")
	FinancialReportView submit(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return FinancialReportView.of(reports.submit(id, version));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "The ministry approves; a final report with unspent funds creates a repayment obligation")
	FinancialReportView approve(@PathVariable long id) {
		return FinancialReportView.of(reports.approve(id));
	}

	@PostMapping("/{id}/completion-requests")
	@Operation(summary = "The ministry sends the report back to SKR with the reason")
	FinancialReportView requestCompletion(@PathVariable long id, @RequestBody CompletionRequest request) {
		return FinancialReportView.of(reports.requestCompletion(id, request.reason()));
	}

	@GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return Downloads.pdf(reports.pdf(id), "ekonomisk-redovisning-" + id + ".pdf");
	}

	@PostMapping(value = "/{id}/signed-originals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SignedOriginal> upload(@PathVariable long id, @RequestParam String signedBy, @RequestParam String signedOn,
			@RequestParam MultipartFile file) throws IOException {
		SignedOriginal created = originals.upload(DocumentType.FINANCIAL_REPORT, id, signedBy, signedOn, file.getOriginalFilename(),
				file.getContentType(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/grants/financial-reports/" + id + "/signed-originals/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}/signed-originals")
	List<SignedOriginal> signedOriginals(@PathVariable long id) {
		return originals.list(DocumentType.FINANCIAL_REPORT, id);
	}

	@GetMapping("/{id}/signed-originals/{originalId}")
	ResponseEntity<byte[]> signedOriginal(@PathVariable long id, @PathVariable long originalId) {
		return Downloads.of(originals.content(DocumentType.FINANCIAL_REPORT, id, originalId));
	}
}
