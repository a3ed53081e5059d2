package se.rattighetsnavet.knowledge.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.knowledge.Attachment;
import se.rattighetsnavet.knowledge.Course;
import se.rattighetsnavet.knowledge.ItemDraft;
import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.knowledge.PublicationStatus;
import se.rattighetsnavet.knowledge.Reach;
import se.rattighetsnavet.knowledge.SessionRegistration;
import se.rattighetsnavet.knowledge.TrainingManagement;
import se.rattighetsnavet.knowledge.TrainingSession;
import se.rattighetsnavet.platform.NotFoundException;

@RestController
class KnowledgeApiController {

	private final KnowledgeManagement knowledge;
	private final TrainingManagement training;

	KnowledgeApiController(KnowledgeManagement knowledge, TrainingManagement training) {
		this.knowledge = knowledge;
		this.training = training;
	}

	@GetMapping("/api/v1/publications")
	Map<String, List<KnowledgeItem>> publications(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) KnowledgeKind kind,
			@RequestParam(name = "limit", defaultValue = "50") int limit) {
		List<KnowledgeItem> items = query == null || query.isBlank() ? knowledge.published(kind, limit)
				: knowledge.search(query, limit).stream().filter(item -> kind == null || item.kind() == kind).toList();
		return Map.of("items", items);
	}

	@GetMapping("/api/v1/publications/{slug}")
	KnowledgeItem publication(@PathVariable String slug) {
		return knowledge.findVisible(slug).orElseThrow(() -> new NotFoundException("knowledgeItem", slug));
	}

	@PostMapping("/api/v1/publications")
	@ResponseStatus(HttpStatus.CREATED)
	KnowledgeItem create(@RequestBody ItemDraft draft) {
		return knowledge.create(draft);
	}

	record UpdateRequest(ItemDraft item, int version) {
	}

	@PutMapping("/api/v1/publications/{id}")
	KnowledgeItem update(@PathVariable long id, @RequestBody UpdateRequest request) {
		return knowledge.update(id, request.item(), request.version());
	}

	record StatusRequest(PublicationStatus status, int version) {
	}

	@PostMapping("/api/v1/publications/{id}/status")
	KnowledgeItem status(@PathVariable long id, @RequestBody StatusRequest request) {
		return knowledge.changeStatus(id, request.status(), request.version());
	}

	@PostMapping(path = "/api/v1/publications/{id}/attachments", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	Attachment attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return knowledge.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
	}

	@GetMapping("/api/v1/training/courses")
	Map<String, List<Course>> courses() {
		return Map.of("items", training.courses());
	}

	@PostMapping("/api/v1/training/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingSession register(@RequestBody SessionRegistration registration) {
		return training.register(registration);
	}

	record ReachJson(Reach reach, long employeesReached, long audienceEmployees, long audienceElectedOfficials,
			java.math.BigDecimal shareOfEmployees, java.math.BigDecimal shareOfElectedOfficials) {

		static ReachJson of(Reach reach) {
			return new ReachJson(reach, reach.employeesReached(), Reach.AUDIENCE_EMPLOYEES, Reach.AUDIENCE_ELECTED_OFFICIALS,
					reach.shareOfEmployees(), reach.shareOfElectedOfficials());
		}
	}

	@GetMapping("/api/v1/training/reach")
	Map<String, Object> reach(@RequestParam(name = "organisationCode", required = false) String organisationCode) {
		if (organisationCode != null && !organisationCode.isBlank()) {
			return Map.of("organisation", ReachJson.of(training.reach(organisationCode)));
		}
		return Map.of("overall", ReachJson.of(training.reach(null)), "members", training.reachPerMember());
	}
}
