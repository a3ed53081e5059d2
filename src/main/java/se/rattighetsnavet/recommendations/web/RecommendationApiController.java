package se.rattighetsnavet.recommendations.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.recommendations.FollowUp;
import se.rattighetsnavet.recommendations.FollowUpOverview;
import se.rattighetsnavet.recommendations.ImportFormat;
import se.rattighetsnavet.recommendations.ImportResult;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;
import se.rattighetsnavet.recommendations.RecommendationManagement;
import se.rattighetsnavet.recommendations.RecommendationPage;
import se.rattighetsnavet.recommendations.RecommendationQuery;

@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Recommendations of international monitoring bodies: search, import, follow-up")
class RecommendationApiController {

	private final RecommendationManagement recommendations;

	RecommendationApiController(RecommendationManagement recommendations) {
		this.recommendations = recommendations;
	}

	record Item(long id, String text, String snippet, String body, String state, List<String> recommendingStates, String session,
			String cycle, String response, List<String> themes, List<String> groups, List<String> suggestedGroups,
			List<Integer> sdgGoals, List<Integer> suggestedSdgGoals, List<String> sdgTargets) {

		static Item of(Recommendation r, String snippet) {
			return new Item(r.id(), r.text(), snippet, r.body(), r.state(), r.recommendingStates(), r.session(), r.cycle(),
					r.response(), r.themes(), r.groups(), r.suggestedGroups(), r.sdgGoals(), r.suggestedSdgGoals(), r.sdgTargets());
		}
	}

	record SearchResult(List<Item> items, long total, int page, int size, Map<String, List<RecommendationPage.FacetValue>> facets) {
	}

	record SuggestionChoice(List<Integer> sdgGoals, List<String> groups, Integer version) {
	}

	record FollowUpChange(FollowUp.Status status, String comment, String evidenceUrl, Integer version) {
	}

	@GetMapping
	@Operation(summary = "Full-text search with facets; filters combine")
	SearchResult search(@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String state,
			@RequestParam(required = false) String body, @RequestParam(required = false) String session,
			@RequestParam(required = false) String response, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String group, @RequestParam(required = false) Integer sdg,
			@RequestParam(required = false) String role, @RequestParam(required = false) String relevance,
			@RequestParam(required = false) RecommendationQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		RecommendationPage result = recommendations.search(new RecommendationQuery(text, state, body, session, response, theme,
				group, sdg, role, relevance, sort, page, size));
		return new SearchResult(result.items().stream().map(hit -> Item.of(hit.recommendation(), hit.snippet())).toList(),
				result.total(), result.page(), result.size(), result.facets());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One recommendation with all its tags")
	Recommendation get(@PathVariable long id) {
		return recommendations.get(id);
	}

	@PostMapping
	@Operation(summary = "Enter a recommendation by hand (programme office)")
	ResponseEntity<Recommendation> create(@RequestBody RecommendationChange change) {
		return ResponseEntity.status(HttpStatus.CREATED).body(recommendations.create(change));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a recommendation (programme office; optimistic locking on version)")
	Recommendation update(@PathVariable long id, @RequestParam int version, @RequestBody RecommendationChange change) {
		return recommendations.update(id, change, version);
	}

	@PostMapping("/{id:\\d+}/suggestions/confirm")
	@Operation(summary = "Confirm suggested SDG goals and affected groups (programme office; optimistic locking on version)")
	Recommendation confirmSuggestions(@PathVariable long id, @RequestBody SuggestionChoice choice) {
		if (choice.version() == null) {
			throw new FieldErrors().add("version", "recommendations.validation.required");
		}
		return recommendations.confirmSuggestions(id, choice.sdgGoals() == null ? List.of() : choice.sdgGoals(),
				choice.groups() == null ? List.of() : choice.groups(), choice.version());
	}

	@PostMapping(path = "/imports", consumes = "multipart/form-data")
	@Operation(summary = "Import a UPR Info or UHRI CSV file; 201 when finished within a few seconds, else 202 and poll")
	ResponseEntity<ImportResult> importFile(@RequestParam("file") MultipartFile file, @RequestParam("format") String format,
			@RequestParam(name = "validOnly", defaultValue = "false") boolean validOnly) throws IOException {
		ImportFormat importFormat = ImportFormat.fromCode(format)
			.orElseThrow(() -> new FieldErrors().add("format", "recommendations.import.format.invalid"));
		if (file.isEmpty()) {
			throw new FieldErrors().add("file", "recommendations.import.file.empty");
		}
		Path copy = Files.createTempFile("recommendations-import-", ".csv");
		file.transferTo(copy);
		ImportResult started = recommendations.startImport(importFormat, file.getOriginalFilename(), copy, validOnly);
		ImportResult result = recommendations.awaitImport(started.id(), Duration.ofSeconds(10));
		return ResponseEntity.status(result.finished() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.header("Location", "/api/v1/recommendations/imports/" + result.id())
			.body(result);
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "The state of an import")
	ImportResult importStatus(@PathVariable UUID id) {
		return recommendations.importStatus(id).orElseThrow(() -> new NotFoundException("recommendationImport", id));
	}

	@PutMapping("/{id}/follow-up/{organisationCode}")
	@Operation(summary = "A member organisation's follow-up of a recommendation (its MEMBER_EDITOR only)")
	FollowUp recordFollowUp(@PathVariable long id, @PathVariable String organisationCode, @RequestBody FollowUpChange change) {
		return recommendations.recordFollowUp(id, organisationCode, change.status(), change.comment(), change.evidenceUrl(),
				change.version());
	}

	@GetMapping("/follow-up-overview")
	@Operation(summary = "How many members follow up each recommendation, by status, county and type (programme office)")
	List<FollowUpOverview> followUpOverview() {
		return recommendations.followUpOverview();
	}

	@GetMapping("/{id}/follow-up/{organisationCode}")
	@Operation(summary = "A member organisation's follow-up (that organisation and the programme office only)")
	FollowUp followUp(@PathVariable long id, @PathVariable String organisationCode) {
		return recommendations.followUp(id, organisationCode).orElseThrow(() -> new NotFoundException("followUp", id));
	}
}
