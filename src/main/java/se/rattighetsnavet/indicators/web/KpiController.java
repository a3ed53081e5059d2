package se.rattighetsnavet.indicators.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiValue;
import se.rattighetsnavet.indicators.internal.ComparisonService;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;

/** A KPI over time for Riket, a region and a chosen municipality, and every region's latest value. */
@Controller
class KpiController {

	static final String KPI = "indicators/kpi";

	private final ComparisonService comparisons;
	private final OrganisationManagement organisations;
	private final MessageSource messages;

	KpiController(ComparisonService comparisons, OrganisationManagement organisations, MessageSource messages) {
		this.comparisons = comparisons;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/indikatorer/nyckeltal/{id}")
	String kpi(@PathVariable String id, @RequestParam(name = "kommun", required = false) String municipality, Model model,
			Locale locale) {
		Kpi kpi = comparisons.kpi(id);
		List<Organisation> shown = shown(municipality);
		List<Organisation> regions = organisations.all(OrganisationType.REGION);
		model.addAttribute("kpi", kpi);
		model.addAttribute("shown", shown);
		model.addAttribute("series", comparisons.series(id, shown.stream().map(Organisation::code).toList()));
		model.addAttribute("regions", regions);
		Map<String, KpiValue> latest = comparisons.latest(id, regions.stream().map(Organisation::code).toList());
		model.addAttribute("regionValues", latest);
		model.addAttribute("regionYear", latest.values().stream().mapToInt(KpiValue::year).max().orElse(0));
		model.addAttribute("municipalities", organisations.all(OrganisationType.KOMMUN));
		model.addAttribute("municipality", municipality);
		model.addAttribute("num", new ValueFormat(locale));
		model.addAttribute("charts", true);
		return KPI;
	}

	@GetMapping("/indikatorer/nyckeltal/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(name = "kommun", required = false) String municipality,
			@RequestParam(name = "format", defaultValue = "csv") String format, Locale locale) throws IOException {
		Kpi kpi = comparisons.kpi(id);
		List<Organisation> shown = shown(municipality);
		List<String> headers = new ArrayList<>();
		headers.add(messages.getMessage("indicators.column.year", null, locale));
		shown.forEach(o -> headers.add(o.name()));
		List<List<Object>> rows = new ArrayList<>();
		comparisons.series(id, shown.stream().map(Organisation::code).toList()).forEach((year, values) -> {
			List<Object> row = new ArrayList<>(Arrays.asList((Object) year));
			shown.forEach(o -> row.add(values.get(o.code())));
			rows.add(row);
		});
		return TableExport.export(new Table(kpi.id(), headers, rows, messages.getMessage("common.source.kolada", null, locale)
				+ " (" + kpi.id() + ")"), format, "nyckeltal-" + kpi.id());
	}

	/** Riket, the municipality's region and the municipality; or Riket and a chosen region. */
	private List<Organisation> shown(String code) {
		List<Organisation> shown = new ArrayList<>();
		shown.add(new Organisation("0000", "Riket", "Riket", OrganisationType.REGION, null, null, null, null, null, 0));
		if (code == null || code.isBlank()) {
			return shown;
		}
		Organisation chosen = organisations.get(code);
		if (chosen.type() == OrganisationType.KOMMUN && chosen.countyCode() != null) {
			organisations.find("00" + chosen.countyCode()).ifPresent(shown::add);
		}
		if (chosen.type() == OrganisationType.KOMMUN || chosen.type() == OrganisationType.REGION) {
			shown.add(chosen);
		}
		return shown;
	}
}
