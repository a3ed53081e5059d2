package se.rattighetsnavet.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableStatus;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationQuery;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.Dates;

@Controller
class SiteController {

	private final OrganisationManagement organisations;
	private final KnowledgeManagement knowledge;
	private final ObjectProvider<AgreementManagement> agreements;
	private final Clock clock;

	SiteController(OrganisationManagement organisations, KnowledgeManagement knowledge,
			ObjectProvider<AgreementManagement> agreements, Clock clock) {
		this.organisations = organisations;
		this.knowledge = knowledge;
		this.agreements = agreements;
		this.clock = clock;
	}

	/** An agreement on the start page: whether it is in force, and the next deliverable still to be handed in. */
	record AgreementSummary(Agreement agreement, String state, Deliverable next) {
	}

	@GetMapping("/")
	String home(@RequestParam(name = "utloggad", required = false) String loggedOut, Model model) {
		model.addAttribute("loggedOut", loggedOut != null);
		model.addAttribute("municipalities", count(OrganisationType.KOMMUN));
		model.addAttribute("regions", count(OrganisationType.REGION));
		model.addAttribute("agreements", agreementSummaries());
		model.addAttribute("publications", knowledge.published(null, 12).stream()
			.filter(item -> item.kind() != KnowledgeKind.NEWS).limit(3).toList());
		model.addAttribute("news", knowledge.published(KnowledgeKind.NEWS, 3));
		return "site/home";
	}

	private List<AgreementSummary> agreementSummaries() {
		AgreementManagement management = agreements.getIfAvailable();
		if (management == null) {
			return List.of();
		}
		LocalDate today = Dates.today(clock);
		return management.all().stream().sorted(Comparator.comparing(Agreement::validFrom)).map(agreement -> {
			String state = today.isBefore(agreement.validFrom()) ? "upcoming" : today.isAfter(agreement.validTo()) ? "ended" : "active";
			Deliverable next = management.deliverables(agreement.id()).stream()
				.filter(d -> d.status() != DeliverableStatus.INLAMNAD && d.status() != DeliverableStatus.GODKAND)
				.findFirst().orElse(null);
			return new AgreementSummary(agreement, state, next);
		}).toList();
	}

	@GetMapping("/tillganglighet")
	String accessibility() {
		return "site/accessibility";
	}

	@GetMapping("/kontakt")
	String contact() {
		return "site/contact";
	}

	private long count(OrganisationType type) {
		return organisations.search(new OrganisationQuery(type, null, null, null, false, 0, 1)).total();
	}
}
