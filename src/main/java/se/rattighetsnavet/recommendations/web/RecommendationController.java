package se.rattighetsnavet.recommendations.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.HtmxRequest;
import se.rattighetsnavet.platform.web.Pagination;
import se.rattighetsnavet.recommendations.FollowUp;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationManagement;
import se.rattighetsnavet.recommendations.RecommendationPage;

@Controller
class RecommendationController {

	static final List<String> UI_FACETS = List.of("body", "state", "session", "response", "theme", "group", "sdg", "municipalRole",
			"relevance");

	private final RecommendationManagement recommendations;
	private final FormErrors formErrors;

	RecommendationController(RecommendationManagement recommendations, FormErrors formErrors) {
		this.recommendations = recommendations;
		this.formErrors = formErrors;
	}

	@GetMapping("/rekommendationer")
	String search(HttpServletRequest request, Model model) {
		SearchForm form = SearchForm.from(request);
		RecommendationPage result = recommendations.search(form.query());
		model.addAttribute("result", result);
		model.addAttribute("selected", form.selected());
		model.addAttribute("facetNames", UI_FACETS);
		model.addAttribute("sorts", se.rattighetsnavet.recommendations.RecommendationQuery.Sort.values());
		model.addAttribute("pagination", Pagination.of(ServletUriComponentsBuilder.fromRequest(request), form.query().page(),
				SearchForm.PAGE_SIZE, result.total()));
		model.addAttribute("csvUrl", exportUrl(request, "csv"));
		model.addAttribute("xlsxUrl", exportUrl(request, "xlsx"));
		model.addAttribute("office", isOffice(Actors.current()));
		return HtmxRequest.isHtmx(request) ? "recommendations/search :: results" : "recommendations/search";
	}

	@GetMapping("/rekommendationer/export.csv")
	void exportCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rekommendationer.csv\"");
		Exports.csv(recommendations, SearchForm.from(request).query(), response.getOutputStream());
	}

	@GetMapping("/rekommendationer/export.xlsx")
	void exportXlsx(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"rekommendationer.xlsx\"");
		Exports.xlsx(recommendations, SearchForm.from(request).query(), response.getOutputStream());
	}

	@GetMapping("/rekommendationer/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Recommendation recommendation = recommendations.get(id);
		Actor actor = Actors.current();
		model.addAttribute("r", recommendation);
		model.addAttribute("office", isOffice(actor));
		boolean member = actor.organisationCode() != null && actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER);
		if (member) {
			model.addAttribute("followUp", recommendations.followUp(id, actor.organisationCode()).orElse(null));
			model.addAttribute("mayFollowUp", actor.hasRoleIn(Role.MEMBER_EDITOR, actor.organisationCode()));
			model.addAttribute("statuses", FollowUp.Status.values());
		}
		model.addAttribute("member", member);
		return "recommendations/detail";
	}

	@GetMapping("/rekommendationer/uppfoljning")
	String followUpOverview(Model model) {
		model.addAttribute("overview", recommendations.followUpOverview());
		return "recommendations/follow-up-overview";
	}

	@PostMapping("/rekommendationer/{id:\\d+}/uppfoljning")
	String followUp(@PathVariable long id, @RequestParam(name = "status", required = false) FollowUp.Status status,
			@RequestParam(name = "comment", required = false) String comment,
			@RequestParam(name = "evidenceUrl", required = false) String evidenceUrl,
			@RequestParam(name = "version", required = false) Integer version, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.current();
		try {
			recommendations.recordFollowUp(id, actor.organisationCode(), status, comment, blankToNull(evidenceUrl), version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/rekommendationer/" + id;
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("conflict", true);
		}
		model.addAttribute("entered", new FollowUpForm(status, comment, evidenceUrl));
		return detail(id, model);
	}

	record FollowUpForm(FollowUp.Status status, String comment, String evidenceUrl) {
	}

	static boolean isOffice(Actor actor) {
		return actor.hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String exportUrl(HttpServletRequest request, String extension) {
		return UriComponentsBuilder.fromPath("/rekommendationer/export." + extension)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}
}
