package se.rattighetsnavet.site.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.site.SearchContributor;
import se.rattighetsnavet.site.SearchHit;

/**
 * Members found by name, code or county.
 */
@Component
class OrganisationSearch implements SearchContributor {

	private final OrganisationManagement organisations;

	OrganisationSearch(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public String groupKey() {
		return "search.group.organisations";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		return organisations.search(new OrganisationQuery(null, query, null, null, false, 0, limit)).items().stream()
			.map(o -> new SearchHit("organisations.type." + o.type(), o.name(), o.countyName() == null ? "" : o.countyName(),
					"/organisationer/" + o.code()))
			.toList();
	}
}
