package se.rattighetsnavet.indicators.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.indicators.internal.ComparisonService;
import se.rattighetsnavet.indicators.internal.ComparisonService.ComparisonRow;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;

/** Up to five organisations side by side. */
@Controller
class CompareController {

	static final String COMPARE = "indicators/compare";

	private final ComparisonService comparisons;
	private final OrganisationManagement organisations;
	private final MessageSource messages;

	CompareController(ComparisonService comparisons, OrganisationManagement organisations, MessageSource messages) {
		this.comparisons = comparisons;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/indikatorer/jamfor")
	String compare(@RequestParam(name = "org", required = false) List<String> codes, Model model, Locale locale) {
		List<String> chosen = chosen(codes);
		List<Organisation> selected = chosen.stream().limit(ComparisonService.MAX_ORGANISATIONS).map(organisations::get).toList();
		model.addAttribute("tooMany", chosen.size() > ComparisonService.MAX_ORGANISATIONS);
		model.addAttribute("selected", selected);
		model.addAttribute("slots", slots(chosen));
		model.addAttribute("rows", selected.isEmpty() ? List.of() : comparisons.compare(selected.stream().map(Organisation::code).toList()));
		model.addAttribute("organisations", organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION));
		model.addAttribute("max", ComparisonService.MAX_ORGANISATIONS);
		model.addAttribute("num", new ValueFormat(locale));
		return COMPARE;
	}

	@GetMapping("/indikatorer/jamfor/export")
	ResponseEntity<byte[]> export(@RequestParam(name = "org", required = false) List<String> codes,
			@RequestParam(name = "format", defaultValue = "csv") String format, Locale locale) throws IOException {
		List<Organisation> selected = chosen(codes).stream().limit(ComparisonService.MAX_ORGANISATIONS).map(organisations::get)
			.toList();
		List<String> headers = new ArrayList<>(List.of("kpi", messages.getMessage("indicators.column.kpi", null, locale),
				messages.getMessage("indicators.column.year", null, locale)));
		selected.forEach(o -> headers.add(o.name()));
		List<List<Object>> rows = new ArrayList<>();
		for (ComparisonRow row : comparisons.compare(selected.stream().map(Organisation::code).toList())) {
			List<Object> cells = new ArrayList<>(List.of(row.entry().kpi().id(), row.entry().kpi().title(), row.year()));
			cells.addAll(row.values());
			rows.add(cells);
		}
		return TableExport.export(new Table("Jämförelse", headers, rows,
				messages.getMessage("common.source.kolada", null, locale)), format, "jamforelse");
	}

	private static List<String> chosen(List<String> codes) {
		return codes == null ? List.of() : codes.stream().filter(code -> code != null && code.matches("\\d{4}")).distinct().toList();
	}

	/** The five selects of the form, pre-filled with the chosen organisations. */
	private static List<String> slots(List<String> chosen) {
		List<String> slots = new ArrayList<>(chosen.stream().limit(ComparisonService.MAX_ORGANISATIONS).toList());
		while (slots.size() < ComparisonService.MAX_ORGANISATIONS) {
			slots.add("");
		}
		return slots;
	}
}
