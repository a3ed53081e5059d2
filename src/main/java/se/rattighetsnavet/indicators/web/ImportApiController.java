package se.rattighetsnavet.indicators.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.indicators.ImportFormat;
import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.indicators.internal.ImportService;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;

/**
 * Imports of Kolada files and syncs from a Kolada API; the programme office's.
 * <p>
 * A file is all-or-nothing: every row is checked (known KPI, organisation in the registry or Riket 0000, year 1950 to
 * next year, gender T/K/M, numeric value or empty/null) and the values are merged in one transaction at the end. If any
 * row is rejected, nothing of the file is kept and the report says {@code FAILED} with the rejected rows' lines and
 * reasons; with {@code acceptValid=true} the valid rows are kept and only the rejected ones are left out. Re-importing
 * the same file changes nothing (its rows are counted as unchanged). The response is 201 when the import finished within
 * a few seconds, otherwise 202 with {@code RUNNING}; poll {@code GET /api/v1/indicators/imports/{id}}.
 */
@RestController
class ImportApiController {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/indicators/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "format", required = false) String formatCode,
			@RequestParam(name = "acceptValid", defaultValue = "false") boolean acceptValid) throws IOException {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		ImportFormat format = ImportFormat.ofCode(formatCode);
		FieldErrors errors = new FieldErrors();
		if (file == null || file.isEmpty()) {
			errors.add("file", "indicators.import.file.required");
		}
		if (format == null) {
			errors.add("format", "indicators.import.format.invalid");
		}
		errors.throwIfAny();
		Path copy = Files.createTempFile("indicators-import-", ".upload");
		// as a File, the container moves its own temporary file where it can instead of copying the upload
		file.transferTo(copy.toFile());
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		return respond(imports.importFile(format, name, copy, acceptValid, WAIT));
	}

	/** What to fetch from a Kolada v3 API. */
	record SyncRequest(String baseUrl, List<String> kpis, List<String> municipalities, List<Integer> years, LocalDate fromDate,
			Boolean acceptValid) {
	}

	@PostMapping(path = "/api/v1/indicators/syncs", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> sync(@RequestBody SyncRequest request) {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		FieldErrors errors = new FieldErrors();
		if (request.baseUrl() == null || !request.baseUrl().matches("https?://.+")) {
			errors.add("baseUrl", "indicators.sync.baseUrl.invalid");
		}
		if (request.kpis() == null || request.kpis().isEmpty()) {
			errors.add("kpis", "indicators.sync.kpis.required");
		}
		boolean noMunicipalities = request.municipalities() == null || request.municipalities().isEmpty();
		boolean noYears = request.years() == null || request.years().isEmpty();
		if (noMunicipalities && noYears) {
			errors.add("years", "indicators.sync.segments.required");
		}
		errors.throwIfAny();
		return respond(imports.sync(request.baseUrl(), request.kpis(), noMunicipalities ? List.of() : request.municipalities(),
				noYears ? List.of() : request.years(), request.fromDate(), Boolean.TRUE.equals(request.acceptValid()), WAIT));
	}

	@GetMapping("/api/v1/indicators/imports/{id}")
	ImportReport report(@PathVariable UUID id) {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		return imports.report(id);
	}

	private static ResponseEntity<ImportReport> respond(ImportReport report) {
		HttpStatus status = report.status() == ImportReport.Status.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
		return ResponseEntity.status(status).header("Location", "/api/v1/indicators/imports/" + report.id()).body(report);
	}
}
