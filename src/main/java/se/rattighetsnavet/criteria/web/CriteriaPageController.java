package se.rattighetsnavet.criteria.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.MrMember;
import se.rattighetsnavet.criteria.Principle;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Role;

/**
 * The public pages: the platform with its criteria, and the list of MR-kommuner and MR-regioner.
 */
@Controller
class CriteriaPageController {

	static final String OVERVIEW = "criteria/overview";
	static final String MEMBERS = "criteria/members";

	private final CriteriaManagement criteria;
	private final MembershipManagement memberships;

	CriteriaPageController(CriteriaManagement criteria, MembershipManagement memberships) {
		this.criteria = criteria;
		this.memberships = memberships;
	}

	@GetMapping("/mr-plattformen")
	String overview(Model model) {
		CriteriaSet current = criteria.current();
		model.addAttribute("criteria", current);
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("roles", ActorRole.values());
		model.addAttribute("principles", Principle.values());
		model.addAttribute("levels", MaturityLevel.values());
		model.addAttribute("locale", LocaleContextHolder.getLocale());
		model.addAttribute("memberCount", memberships.members().size());
		Actor actor = Actors.current();
		model.addAttribute("isMember", actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER));
		model.addAttribute("isEditor", actor.hasRole(Role.MEMBER_EDITOR));
		model.addAttribute("isProgrammeOffice", actor.hasRole(Role.PROGRAMME_OFFICE));
		return OVERVIEW;
	}

	@GetMapping("/mr-plattformen/medlemmar")
	String members(Model model) {
		List<MrMember> members = memberships.members();
		model.addAttribute("kommuner", members.stream().filter(m -> !m.region()).toList());
		model.addAttribute("regioner", members.stream().filter(MrMember::region).toList());
		return MEMBERS;
	}
}
