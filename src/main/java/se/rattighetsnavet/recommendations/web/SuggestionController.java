package se.rattighetsnavet.recommendations.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationManagement;

/**
 * Confirms suggested SDG goals and affected groups from the recommendation's page: the chosen ones, or all of them.
 */
@Controller
class SuggestionController {

	private final RecommendationManagement recommendations;
	private final FormErrors formErrors;

	SuggestionController(RecommendationManagement recommendations, FormErrors formErrors) {
		this.recommendations = recommendations;
		this.formErrors = formErrors;
	}

	@PostMapping("/rekommendationer/{id:\\d+}/forslag")
	String confirm(@PathVariable long id, @RequestParam(name = "goal", required = false) List<String> goals,
			@RequestParam(name = "group", required = false) List<String> groups,
			@RequestParam(name = "choice", defaultValue = "selected") String choice,
			@RequestParam(name = "version", defaultValue = "") String version, RedirectAttributes redirect) {
		try {
			int expectedVersion = parseVersion(id, version);
			if ("all".equals(choice)) {
				Recommendation current = recommendations.get(id);
				recommendations.confirmSuggestions(id, current.suggestedSdgGoals(), current.suggestedGroups(), expectedVersion);
			}
			else {
				recommendations.confirmSuggestions(id, numbers(goals), groups == null ? List.of() : groups, expectedVersion);
			}
			redirect.addFlashAttribute("suggestionsConfirmed", true);
		}
		catch (FieldErrors refused) {
			redirect.addFlashAttribute("suggestionErrors", formErrors.of(refused));
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("suggestionConflict", true);
		}
		return "redirect:/rekommendationer/" + id + "#suggestions-heading";
	}

	private static int parseVersion(long id, String version) {
		try {
			return Integer.parseInt(version.trim());
		}
		catch (NumberFormatException ex) {
			throw new ConcurrentEditException("recommendation", id);
		}
	}

	/** A value that is no goal number can be no suggestion either: it is passed on as one the domain refuses. */
	private static List<Integer> numbers(List<String> values) {
		List<Integer> numbers = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				try {
					numbers.add(Integer.valueOf(value.trim()));
				}
				catch (NumberFormatException ex) {
					numbers.add(-1);
				}
			}
		}
		return numbers;
	}
}
