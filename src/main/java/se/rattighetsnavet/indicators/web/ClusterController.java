package se.rattighetsnavet.indicators.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.indicators.ClusterChange;
import se.rattighetsnavet.indicators.IndicatorManagement;
import se.rattighetsnavet.indicators.internal.ClusterService;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/** The programme office's curation pages for the cluster. */
@Controller
class ClusterController {

	static final String LIST = "indicators/cluster";
	static final String EDIT = "indicators/cluster-entry";

	private final IndicatorManagement indicators;
	private final ClusterService cluster;
	private final FormErrors formErrors;

	ClusterController(IndicatorManagement indicators, ClusterService cluster, FormErrors formErrors) {
		this.indicators = indicators;
		this.cluster = cluster;
		this.formErrors = formErrors;
	}

	@GetMapping("/indikatorer/kluster")
	String list(Model model) {
		requireOffice();
		model.addAttribute("entries", indicators.cluster());
		return LIST;
	}

	@PostMapping("/indikatorer/kluster")
	String add(@RequestParam("kpiId") String kpiId, Model model, RedirectAttributes redirect) {
		try {
			cluster.add(kpiId);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/indikatorer/kluster";
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
			model.addAttribute("kpiId", kpiId);
			return list(model);
		}
	}

	@GetMapping("/indikatorer/kluster/{kpiId}")
	String edit(@PathVariable String kpiId, Model model) {
		requireOffice();
		model.addAttribute("entry", cluster.get(kpiId));
		return EDIT;
	}

	@PostMapping("/indikatorer/kluster/{kpiId}")
	String save(@PathVariable String kpiId, @RequestParam("version") int version,
			@RequestParam(name = "position", defaultValue = "") String position,
			@RequestParam(name = "areaHeading", required = false) String heading,
			@RequestParam(name = "whyItMatters", required = false) String why,
			@RequestParam(name = "recommendationCodes", required = false) String recommendations,
			@RequestParam(name = "criteriaCodes", required = false) String criteria, Model model, RedirectAttributes redirect) {
		// The order is required, so a mistyped one reaches the service as missing and is refused there with the order's message.
		FieldErrors typing = new FieldErrors();
		ClusterChange change = new ClusterChange(FormValues.wholeNumber("position", position, "indicators.cluster.position.invalid", typing),
				heading, why, codes(recommendations), codes(criteria));
		try {
			cluster.update(kpiId, version, change);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/indikatorer/kluster";
		}
		catch (FieldErrors errors) {
			Map<String, String> messages = new java.util.LinkedHashMap<>(formErrors.of(typing));
			formErrors.of(errors).forEach(messages::putIfAbsent);
			model.addAttribute("errors", messages);
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("errors", Map.of("areaHeading", formErrors.message("indicators.cluster.conflict")));
		}
		model.addAttribute("entry", cluster.get(kpiId));
		model.addAttribute("entered", change);
		model.addAttribute("enteredPosition", position);
		model.addAttribute("enteredVersion", version);
		return EDIT;
	}

	@PostMapping("/indikatorer/kluster/{kpiId}/ta-bort")
	String remove(@PathVariable String kpiId, @RequestParam("version") int version, RedirectAttributes redirect) {
		try {
			cluster.remove(kpiId, version);
			redirect.addFlashAttribute("removed", kpiId);
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/indikatorer/kluster";
	}

	private static List<String> codes(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
	}

	private static void requireOffice() {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
	}
}
