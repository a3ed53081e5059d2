package se.rattighetsnavet.recommendations.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.recommendations.MappingEntry;
import se.rattighetsnavet.recommendations.MappingManagement;

@RestController
@RequestMapping("/api/v1/recommendations/mapping")
@Tag(name = "Recommendations", description = "The mapping (kartläggning) of recommendations for municipalities and regions")
class MappingApiController {

	private final MappingManagement mapping;

	MappingApiController(MappingManagement mapping) {
		this.mapping = mapping;
	}

	record EntryChange(String rightsArea, String targetGroup, String needs, String plannedSupport, Integer version) {
	}

	@GetMapping
	@Operation(summary = "The selected recommendations (programme office)")
	List<MappingEntry> entries() {
		return mapping.entries();
	}

	@PutMapping("/{recommendationId}")
	@Operation(summary = "Select a recommendation for the mapping or edit its entry (programme office; version for edits)")
	MappingEntry select(@PathVariable long recommendationId, @RequestBody EntryChange change) {
		return mapping.select(recommendationId, change.rightsArea(), change.targetGroup(), change.needs(), change.plannedSupport(),
				change.version());
	}

	@GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The mapping report as PDF")
	ResponseEntity<byte[]> pdf(Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(mapping.pdf(locale));
	}

	@GetMapping(path = "/report.docx")
	@Operation(summary = "The mapping report as Word (DOCX)")
	ResponseEntity<byte[]> docx() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(mapping.docx());
	}
}
