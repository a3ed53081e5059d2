package se.rattighetsnavet.recommendations.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.HtmxRequest;
import se.rattighetsnavet.recommendations.ImportFormat;
import se.rattighetsnavet.recommendations.ImportResult;
import se.rattighetsnavet.recommendations.RecommendationManagement;

/**
 * Upload of an import file and its progress page, which polls the import's state with htmx until it has finished.
 */
@Controller
class ImportController {

	private final RecommendationManagement recommendations;
	private final FormErrors formErrors;

	ImportController(RecommendationManagement recommendations, FormErrors formErrors) {
		this.recommendations = recommendations;
		this.formErrors = formErrors;
	}

	@GetMapping("/rekommendationer/import")
	String form(Model model) {
		Actors.require(RecommendationController.isOffice(Actors.current()));
		model.addAttribute("formats", ImportFormat.values());
		return "recommendations/import";
	}

	@PostMapping("/rekommendationer/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "format", defaultValue = "upr-info") String format,
			@RequestParam(name = "validOnly", defaultValue = "false") boolean validOnly, Model model) throws IOException {
		Actors.require(RecommendationController.isOffice(Actors.current()));
		ImportFormat importFormat = ImportFormat.fromCode(format).orElse(ImportFormat.UPR_INFO);
		if (file == null || file.isEmpty()) {
			model.addAttribute("errors", Map.of("file", formErrors.message("recommendations.import.file.empty")));
			model.addAttribute("selectedFormat", importFormat.code());
			return form(model);
		}
		Path copy = Files.createTempFile("recommendations-import-", ".csv");
		file.transferTo(copy);
		ImportResult started = recommendations.startImport(importFormat, file.getOriginalFilename(), copy, validOnly);
		return "redirect:/rekommendationer/import/" + started.id();
	}

	@GetMapping("/rekommendationer/import/{id}")
	String status(@PathVariable UUID id, HttpServletRequest request, Model model) {
		ImportResult result = recommendations.importStatus(id).orElseThrow(() -> new NotFoundException("recommendationImport", id));
		model.addAttribute("result", result);
		return HtmxRequest.isHtmx(request) ? "recommendations/import-status :: status" : "recommendations/import-status";
	}
}
