package se.rattighetsnavet.indicators.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiValue;
import se.rattighetsnavet.indicators.internal.KoladaReadService;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * The Kolada v3 API's read endpoints in Kolada's own JSON shapes, so existing Kolada clients can point at the platform.
 */
@RestController
class KoladaApiController {

	static final int MAX_PER_PAGE = 5000;
	private static final String BASE = "/api/v1/kolada/v3";

	private final KoladaReadService kolada;
	private final OrganisationManagement organisations;

	KoladaApiController(KoladaReadService kolada, OrganisationManagement organisations) {
		this.kolada = kolada;
		this.organisations = organisations;
	}

	@GetMapping(BASE + "/kpi")
	KoladaView.Envelope<KoladaView.KpiObject> kpis(@RequestParam(name = "id", required = false) String ids,
			@RequestParam(name = "title", required = false) String title, @RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "5000") int perPage) {
		int size = perPage(perPage, page);
		List<Kpi> found = kolada.kpis(list(ids), title, size + 1, (long) (page - 1) * size);
		return envelope(found.stream().limit(size).map(KoladaView.KpiObject::of).toList(), found.size() > size, page, size);
	}

	@GetMapping(BASE + "/kpi_groups")
	KoladaView.Envelope<KoladaView.GroupObject> groups(@RequestParam(name = "title", required = false) String title) {
		Map<String, String> titles = kolada.kpiTitles();
		List<KoladaView.GroupObject> groups = kolada.groups().stream()
			.filter(group -> title == null || group.title().toLowerCase().contains(title.toLowerCase()))
			.map(group -> new KoladaView.GroupObject(group.id(), group.title(),
					group.members().stream().map(id -> new KoladaView.Member(id, titles.get(id))).toList()))
			.toList();
		return new KoladaView.Envelope<>(groups, groups.size(), null, null);
	}

	@GetMapping(BASE + "/municipality")
	KoladaView.Envelope<KoladaView.MunicipalityObject> municipalities(
			@RequestParam(name = "region_type", required = false) String regionType,
			@RequestParam(name = "id", required = false) String ids, @RequestParam(name = "title", required = false) String title) {
		List<KoladaView.MunicipalityObject> all = new ArrayList<>();
		all.add(new KoladaView.MunicipalityObject("0000", "Riket", "L"));
		for (Organisation organisation : organisations.all(OrganisationType.REGION, OrganisationType.KOMMUN)) {
			boolean municipality = organisation.type() == OrganisationType.KOMMUN;
			all.add(new KoladaView.MunicipalityObject(organisation.code(),
					municipality ? organisation.shortName() : organisation.name(), municipality ? "K" : "L"));
		}
		List<String> wanted = list(ids);
		List<KoladaView.MunicipalityObject> selected = all.stream()
			.filter(m -> regionType == null || regionType.isBlank() || m.type().equalsIgnoreCase(regionType))
			.filter(m -> wanted.isEmpty() || wanted.contains(m.id()))
			.filter(m -> title == null || m.title().toLowerCase().contains(title.toLowerCase()))
			.sorted(java.util.Comparator.comparing(KoladaView.MunicipalityObject::id))
			.toList();
		return new KoladaView.Envelope<>(selected, selected.size(), null, null);
	}

	@GetMapping({ BASE + "/data/kpi/{kpis}/municipality/{municipalities}/year/{years}",
			BASE + "/data/kpi/{kpis}/municipality/{municipalities}", BASE + "/data/kpi/{kpis}/year/{years}",
			BASE + "/data/municipality/{municipalities}/year/{years}" })
	KoladaView.Envelope<KoladaView.DataObject> data(@PathVariable(name = "kpis", required = false) String kpis,
			@PathVariable(name = "municipalities", required = false) String municipalities,
			@PathVariable(name = "years", required = false) String years,
			@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "5000") int perPage) {
		int size = perPage(perPage, page);
		List<Integer> yearList = new ArrayList<>();
		FieldErrors errors = new FieldErrors();
		for (String year : list(years)) {
			try {
				yearList.add(Integer.valueOf(year));
			}
			catch (NumberFormatException ex) {
				errors.add("year", "indicators.api.year.invalid", year);
			}
		}
		errors.throwIfAny();
		List<KpiValue> rows = kolada.data(list(kpis).stream().map(String::toUpperCase).toList(), list(municipalities), yearList,
				size + 1, (long) (page - 1) * size);
		Map<String, List<KpiValue>> grouped = new LinkedHashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent(row.kpi() + "|" + row.geo() + "|" + row.year(), key -> new ArrayList<>()).add(row));
		List<KoladaView.DataObject> objects = grouped.values().stream().limit(size).map(KoladaView.DataObject::of).toList();
		return envelope(objects, grouped.size() > size, page, size);
	}

	private static int perPage(int perPage, int page) {
		FieldErrors errors = new FieldErrors();
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			errors.add("per_page", "indicators.api.perPage.invalid", MAX_PER_PAGE);
		}
		if (page < 1) {
			errors.add("page", "indicators.api.page.invalid");
		}
		errors.throwIfAny();
		return perPage;
	}

	private static <T> KoladaView.Envelope<T> envelope(List<T> values, boolean more, int page, int size) {
		String next = more ? pageUrl(page + 1, size) : null;
		String previous = page > 1 ? pageUrl(page - 1, size) : null;
		return new KoladaView.Envelope<>(values, values.size(), next, previous);
	}

	private static String pageUrl(int page, int size) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
			.replaceQueryParam("per_page", size).build().toUriString();
	}

	private static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
