package se.rattighetsnavet.organisations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationPage;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.organisations.PopulationFigure;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.OrganisationNumber;
import se.rattighetsnavet.platform.Role;

@Service
@Transactional(readOnly = true)
class OrganisationService implements OrganisationManagement {

	static final String ENTITY = "organisation";

	private final Organisations organisations;
	private final AuditLog auditLog;

	OrganisationService(Organisations organisations, AuditLog auditLog) {
		this.organisations = organisations;
		this.auditLog = auditLog;
	}

	@Override
	public Optional<Organisation> find(String code) {
		return organisations.find(code);
	}

	@Override
	public Organisation get(String code) {
		return organisations.find(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
	}

	@Override
	public OrganisationPage search(OrganisationQuery query) {
		return organisations.search(query);
	}

	@Override
	public List<Organisation> all(OrganisationType... types) {
		return organisations.all(types);
	}

	@Override
	public List<PopulationFigure> populationHistory(String code) {
		return organisations.populationHistory(code);
	}

	@Override
	@Transactional
	public Organisation changeOrganisationNumber(String code, String organisationNumber, int expectedVersion) {
		Actor actor = Actors.current();
		Actors.require(actor.hasAnyRole(Role.ADMIN, Role.PROGRAMME_OFFICE) || actor.hasRoleIn(Role.MEMBER_EDITOR, code));
		Organisation before = get(code);
		String normalised = null;
		if (organisationNumber != null && !organisationNumber.isBlank()) {
			normalised = OrganisationNumber.parse(organisationNumber)
				.map(OrganisationNumber::value)
				.orElseThrow(() -> new FieldErrors().add("organisationNumber", "validation.organisationNumber"));
		}
		if (!organisations.updateOrganisationNumber(code, normalised, expectedVersion)) {
			throw new ConcurrentEditException(ENTITY, code);
		}
		Organisation after = get(code);
		auditLog.record("update", ENTITY, code, before, after);
		return after;
	}
}
