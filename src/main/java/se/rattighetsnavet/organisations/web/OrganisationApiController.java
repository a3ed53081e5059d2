package se.rattighetsnavet.organisations.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationPage;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.organisations.PopulationFigure;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The registry of municipalities, regions and national bodies")
class OrganisationApiController {

	private final OrganisationManagement organisations;

	OrganisationApiController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	record Summary(String code, String name, OrganisationType type, String countyCode, Integer population) {
	}

	record SummaryPage(List<Summary> items, long total, int page, int size) {
	}

	record Details(String code, String name, String shortName, OrganisationType type, String countyCode, String countyName,
			String organisationNumber, Integer population, Integer populationYear, List<PopulationFigure> populationHistory,
			int version) {
	}

	record OrganisationNumberChange(String organisationNumber, int version) {
	}

	@GetMapping
	@Operation(summary = "Search the registry")
	SummaryPage search(@RequestParam(required = false) OrganisationType type, @RequestParam(name = "q", required = false) String text,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		OrganisationPage result = organisations.search(new OrganisationQuery(type, text, null, OrganisationQuery.Sort.NAME, false, page, size));
		return new SummaryPage(result.items().stream().map(OrganisationApiController::summary).toList(), result.total(),
				result.page(), result.size());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One organisation with its population history")
	Details get(@PathVariable String code) {
		return details(organisations.get(code));
	}

	@PatchMapping("/{code}")
	@Operation(summary = "Set or clear the organisationsnummer (optimistic locking on version)")
	Details changeOrganisationNumber(@PathVariable String code, @RequestBody OrganisationNumberChange change) {
		return details(organisations.changeOrganisationNumber(code, change.organisationNumber(), change.version()));
	}

	private Details details(Organisation organisation) {
		return new Details(organisation.code(), organisation.name(), organisation.shortName(), organisation.type(),
				organisation.countyCode(), organisation.countyName(), organisation.organisationNumber(), organisation.population(),
				organisation.populationYear(), organisations.populationHistory(organisation.code()), organisation.version());
	}

	private static Summary summary(Organisation organisation) {
		return new Summary(organisation.code(), organisation.name(), organisation.type(), organisation.countyCode(),
				organisation.population());
	}
}
