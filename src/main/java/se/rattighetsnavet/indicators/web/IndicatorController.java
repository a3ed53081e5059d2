package se.rattighetsnavet.indicators.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.indicators.IndicatorManagement;
import se.rattighetsnavet.indicators.Profile;
import se.rattighetsnavet.indicators.ProfileRow;
import se.rattighetsnavet.indicators.internal.ProfileService;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Role;

/** The cluster overview and an organisation's indicator profile. */
@Controller
class IndicatorController {

	static final String INDEX = "indicators/index";
	static final String PROFILE = "indicators/profile";

	private final IndicatorManagement indicators;
	private final ProfileService profiles;
	private final OrganisationManagement organisations;
	private final MessageSource messages;

	IndicatorController(IndicatorManagement indicators, ProfileService profiles, OrganisationManagement organisations,
			MessageSource messages) {
		this.indicators = indicators;
		this.profiles = profiles;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/indikatorer")
	String index(Model model) {
		Map<String, List<ClusterEntry>> byHeading = new LinkedHashMap<>();
		for (ClusterEntry entry : indicators.cluster()) {
			byHeading.computeIfAbsent(entry.heading() == null ? "" : entry.heading(), heading -> new ArrayList<>()).add(entry);
		}
		model.addAttribute("headings", byHeading);
		model.addAttribute("municipalities", organisations.all(OrganisationType.KOMMUN));
		model.addAttribute("regions", organisations.all(OrganisationType.REGION));
		model.addAttribute("mayCurate", Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
		return INDEX;
	}

	@GetMapping(path = "/indikatorer/organisation", params = "kod")
	String choose(@RequestParam("kod") String code) {
		return "redirect:/indikatorer/organisation/" + (code.matches("\\d{4}") ? code : "");
	}

	@GetMapping("/indikatorer/organisation/{code}")
	String profile(@PathVariable String code, Model model, Locale locale, HttpServletRequest request) {
		Profile profile = profiles.profile(code);
		model.addAttribute("profile", profile);
		// built once: a link expression per row costs a static-resource lookup on the class path for each link
		model.addAttribute("kpiPath", request.getContextPath() + "/indikatorer/nyckeltal/");
		model.addAttribute("num", new ValueFormat(locale));
		return PROFILE;
	}

	@GetMapping("/indikatorer/organisation/{code}/export")
	ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(name = "format", defaultValue = "csv") String format,
			Locale locale) throws IOException {
		Profile profile = profiles.profile(code);
		List<String> headers = List.of("kpi", text("indicators.column.kpi", locale), text("indicators.column.year", locale),
				text("indicators.column.value", locale), text("indicators.column.previous", locale),
				text("indicators.column.trend", locale), text("indicators.column.rank", locale),
				text("indicators.column.ranked", locale), text("indicators.column.riket", locale),
				text("indicators.column.county", locale), text("indicators.column.similar", locale),
				text("indicators.column.women", locale), text("indicators.column.men", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (ProfileRow row : profile.rows()) {
			rows.add(java.util.Arrays.asList(row.entry().kpi().id(), row.entry().kpi().title(), row.year(), row.value(),
					row.previousValue(), text("indicators.trend." + row.trend(), locale), row.rank(), row.ranked(), row.riket(),
					row.county(), row.similarMean(), row.women(), row.men()));
		}
		return TableExport.export(new Table(profile.organisation().shortName(), headers, rows,
				text("indicators.export.note", locale)), format, "indikatorer-" + code);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
