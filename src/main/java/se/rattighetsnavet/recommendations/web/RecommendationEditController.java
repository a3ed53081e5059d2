package se.rattighetsnavet.recommendations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationManagement;

/**
 * The programme office's form for entering a recommendation by hand and for editing one.
 */
@Controller
class RecommendationEditController {

	static final String FORM = "recommendations/form";

	private final RecommendationManagement recommendations;
	private final FormErrors formErrors;

	RecommendationEditController(RecommendationManagement recommendations, FormErrors formErrors) {
		this.recommendations = recommendations;
		this.formErrors = formErrors;
	}

	@GetMapping("/rekommendationer/ny")
	String newForm(Model model) {
		Actors.require(RecommendationController.isOffice(Actors.current()));
		return show(model, null, RecommendationForm.empty(), Map.of());
	}

	@PostMapping("/rekommendationer/ny")
	String create(@ModelAttribute("form") RecommendationForm form, Model model, RedirectAttributes redirect) {
		RecommendationForm.Parsed parsed = form.parse();
		Map<String, String> errors = problems(null, parsed);
		if (errors.isEmpty()) {
			try {
				Recommendation created = recommendations.create(parsed.change());
				redirect.addFlashAttribute("recommendationSaved", true);
				return "redirect:/rekommendationer/" + created.id();
			}
			catch (FieldErrors refused) {
				errors = ordered(formErrors.of(refused));
			}
		}
		return show(model, null, form, errors);
	}

	@GetMapping("/rekommendationer/{id:\\d+}/redigera")
	String editForm(@PathVariable long id, Model model) {
		Actors.require(RecommendationController.isOffice(Actors.current()));
		Recommendation recommendation = recommendations.get(id);
		return show(model, recommendation, RecommendationForm.of(recommendation), Map.of());
	}

	@PostMapping("/rekommendationer/{id:\\d+}/redigera")
	String update(@PathVariable long id, @ModelAttribute("form") RecommendationForm form, Model model, RedirectAttributes redirect) {
		RecommendationForm.Parsed parsed = form.parse();
		Map<String, String> errors = problems(id, parsed);
		if (errors.isEmpty()) {
			try {
				if (form.expectedVersion() == null) {
					throw new ConcurrentEditException("recommendation", id);
				}
				recommendations.update(id, parsed.change(), form.expectedVersion());
				redirect.addFlashAttribute("recommendationSaved", true);
				return "redirect:/rekommendationer/" + id;
			}
			catch (FieldErrors refused) {
				errors = ordered(formErrors.of(refused));
			}
			catch (ConcurrentEditException conflict) {
				model.addAttribute("conflict", true);
			}
		}
		return show(model, recommendations.get(id), form, errors);
	}

	/** The problems of the typed values and of the domain rules together, so that the person sees them all at once. */
	private Map<String, String> problems(Long id, RecommendationForm.Parsed parsed) {
		FieldErrors all = parsed.errors();
		try {
			recommendations.check(id, parsed.change());
		}
		catch (FieldErrors domain) {
			domain.errors().forEach(error -> all.add(error.field(), error.messageKey(), error.arguments().toArray()));
		}
		return ordered(formErrors.of(all));
	}

	private static Map<String, String> ordered(Map<String, String> errors) {
		Map<String, String> ordered = new LinkedHashMap<>();
		RecommendationForm.FIELDS.stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
		errors.forEach(ordered::putIfAbsent);
		return ordered;
	}

	private String show(Model model, Recommendation existing, RecommendationForm form, Map<String, String> errors) {
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Map<String, String> labels = new LinkedHashMap<>();
		RecommendationForm.FIELDS.forEach(field -> labels.put(field, formErrors.message("recommendations.field." + field)));
		model.addAttribute("labels", labels);
		List<String> bodies = new java.util.ArrayList<>(Recommendation.KNOWN_BODIES);
		if (form.body() != null && !form.body().isBlank() && !bodies.contains(form.body())) {
			bodies.add(0, form.body());
		}
		model.addAttribute("bodies", bodies);
		model.addAttribute("goals", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
		model.addAttribute("roles", Recommendation.MunicipalRole.values());
		model.addAttribute("relevances", Recommendation.Relevance.values());
		return FORM;
	}
}
