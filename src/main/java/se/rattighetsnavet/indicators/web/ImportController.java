package se.rattighetsnavet.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.indicators.ImportFormat;
import se.rattighetsnavet.indicators.ImportReport;
import se.rattighetsnavet.indicators.internal.ImportService;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.HtmxRequest;

/** The programme office uploads Kolada files and follows each import's progress. */
@Controller
class ImportController {

	static final String IMPORTS = "indicators/imports";
	static final String REPORT = "indicators/import-report";
	static final String REPORT_FRAGMENT = "indicators/import-report :: report";

	private final ImportService imports;
	private final FormErrors formErrors;

	ImportController(ImportService imports, FormErrors formErrors) {
		this.imports = imports;
		this.formErrors = formErrors;
	}

	@GetMapping("/indikatorer/import")
	String list(Model model) {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		model.addAttribute("imports", imports.latest(20));
		model.addAttribute("formats", ImportFormat.values());
		return IMPORTS;
	}

	@PostMapping("/indikatorer/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "format", required = false) String formatCode,
			@RequestParam(name = "acceptValid", defaultValue = "false") boolean acceptValid, Model model) throws IOException {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		ImportFormat format = ImportFormat.ofCode(formatCode);
		Map<String, String> errors = new LinkedHashMap<>();
		if (file == null || file.isEmpty()) {
			errors.put("file", formErrors.message("indicators.import.file.required"));
		}
		if (format == null) {
			errors.put("format", formErrors.message("indicators.import.format.invalid"));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("format", formatCode);
			return list(model);
		}
		Path copy = Files.createTempFile("indicators-import-", ".upload");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		ImportReport report = imports.importFile(format, name, copy, acceptValid, Duration.ofSeconds(2));
		return "redirect:/indikatorer/import/" + report.id();
	}

	@GetMapping("/indikatorer/import/{id}")
	String report(@PathVariable UUID id, Model model, HttpServletRequest request) {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		model.addAttribute("report", imports.report(id));
		return HtmxRequest.isHtmx(request) ? REPORT_FRAGMENT : REPORT;
	}
}
