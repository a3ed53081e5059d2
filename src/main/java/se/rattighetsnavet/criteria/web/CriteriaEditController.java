package se.rattighetsnavet.criteria.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaCell;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

/**
 * The programme office edits the criteria set in a draft version and publishes it; published versions never change.
 */
@Controller
class CriteriaEditController {

	static final String VERSIONS = "criteria/versions";
	static final String CELL = "criteria/cell";

	private final CriteriaManagement criteria;

	CriteriaEditController(CriteriaManagement criteria) {
		this.criteria = criteria;
	}

	@GetMapping("/mr-plattformen/kriterier")
	String versions(Model model) {
		Actors.require(Actors.current().hasRole(Role.PROGRAMME_OFFICE));
		model.addAttribute("versions", criteria.versions());
		model.addAttribute("draft", criteria.draft().orElse(null));
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("roles", ActorRole.values());
		return VERSIONS;
	}

	@PostMapping("/mr-plattformen/kriterier/utkast")
	String openDraft() {
		criteria.openDraft();
		return "redirect:/mr-plattformen/kriterier";
	}

	@PostMapping("/mr-plattformen/kriterier/utkast/publicera")
	String publish(@RequestParam int lockVersion, RedirectAttributes redirect) {
		try {
			criteria.publishDraft(lockVersion);
			redirect.addFlashAttribute("published", true);
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/mr-plattformen/kriterier";
	}

	@GetMapping("/mr-plattformen/kriterier/utkast/{commitment}/{role}")
	String cell(@PathVariable String commitment, @PathVariable String role, Model model) {
		Actors.require(Actors.current().hasRole(Role.PROGRAMME_OFFICE));
		CriteriaSet draft = criteria.draft().orElseThrow(() -> new NotFoundException("criteriaVersion", "draft"));
		model.addAttribute("draft", draft);
		model.addAttribute("cell", draft.cell(Commitment.ofCode(commitment), ActorRole.ofCode(role)));
		return CELL;
	}

	@PostMapping("/mr-plattformen/kriterier/utkast/{commitment}/{role}")
	String save(@PathVariable String commitment, @PathVariable String role, @RequestParam int lockVersion,
			@RequestParam String questionsSv, @RequestParam String questionsEn, @RequestParam String evidenceSv,
			@RequestParam String evidenceEn, Model model, RedirectAttributes redirect) {
		CriteriaCell cell = new CriteriaCell(Commitment.ofCode(commitment), ActorRole.ofCode(role), questionsSv, questionsEn,
				evidenceSv, evidenceEn);
		try {
			criteria.editDraft(cell, lockVersion);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/mr-plattformen/kriterier";
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("conflict", true);
			model.addAttribute("draft", criteria.draft().orElseThrow());
			model.addAttribute("cell", cell);
			return CELL;
		}
	}
}
