package se.rattighetsnavet.recommendations.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.recommendations.MappingManagement;

/**
 * The programme office's mapping workspace (kartläggning) and its report.
 */
@Controller
class MappingController {

	private final MappingManagement mapping;
	private final FormErrors formErrors;

	MappingController(MappingManagement mapping, FormErrors formErrors) {
		this.mapping = mapping;
		this.formErrors = formErrors;
	}

	@GetMapping("/rekommendationer/kartlaggning")
	String workspace(Model model) {
		model.addAttribute("grouped", mapping.grouped());
		model.addAttribute("fileNumber", mapping.fileNumber().orElse(null));
		return "recommendations/mapping";
	}

	@PostMapping("/rekommendationer/kartlaggning")
	String select(@RequestParam(name = "recommendationId", defaultValue = "") String recommendationId,
			@RequestParam(name = "rightsArea", defaultValue = "") String rightsArea,
			@RequestParam(name = "targetGroup", defaultValue = "") String targetGroup, @RequestParam(name = "needs", required = false) String needs,
			@RequestParam(name = "plannedSupport", required = false) String plannedSupport,
			@RequestParam(name = "version", required = false) Integer version, Model model, RedirectAttributes redirect) {
		long id;
		try {
			id = Long.parseLong(recommendationId.trim());
		}
		catch (NumberFormatException ex) {
			model.addAttribute("errors", java.util.Map.of("recommendationId", formErrors.message("recommendations.mapping.unknown")));
			return workspace(model);
		}
		try {
			mapping.select(id, rightsArea, targetGroup, needs, plannedSupport, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/rekommendationer/kartlaggning";
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("conflict", true);
		}
		catch (NotFoundException missing) {
			model.addAttribute("errors", java.util.Map.of("recommendationId", formErrors.message("recommendations.mapping.unknown")));
		}
		return workspace(model);
	}

	@PostMapping("/rekommendationer/kartlaggning/lamna-in")
	String submit(Locale locale, RedirectAttributes redirect) {
		try {
			mapping.submitToAgreement(locale);
			redirect.addFlashAttribute("submitted", true);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("notSubmitted", true);
		}
		return "redirect:/rekommendationer/kartlaggning";
	}

	@GetMapping("/rekommendationer/kartlaggning/rapport.pdf")
	ResponseEntity<byte[]> pdf(Locale locale) {
		return file(mapping.pdf(locale), "kartlaggning-rekommendationer.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/rekommendationer/kartlaggning/rapport.docx")
	ResponseEntity<byte[]> docx() {
		return file(mapping.docx(), "kartlaggning-rekommendationer.docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
