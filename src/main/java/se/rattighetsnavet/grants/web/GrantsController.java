package se.rattighetsnavet.grants.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReportManagement;
import se.rattighetsnavet.grants.Ledger;
import se.rattighetsnavet.grants.LedgerManagement;
import se.rattighetsnavet.grants.ReclaimFlag;
import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionManagement;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.web.FormErrors;

/**
 * /bidrag: per agreement the ledger by year, the requisitions, the financial reports, the repayments and the late reports.
 */
@Controller
class GrantsController {

	static final String OVERVIEW = "grants/overview";

	private final AgreementManagement agreements;
	private final RequisitionManagement requisitions;
	private final FinancialReportManagement reports;
	private final LedgerManagement ledger;
	private final FormErrors formErrors;

	GrantsController(AgreementManagement agreements, RequisitionManagement requisitions, FinancialReportManagement reports,
			LedgerManagement ledger, FormErrors formErrors) {
		this.agreements = agreements;
		this.requisitions = requisitions;
		this.reports = reports;
		this.ledger = ledger;
		this.formErrors = formErrors;
	}

	record AgreementGrant(Agreement agreement, Ledger ledger, List<Requisition> requisitions, List<FinancialReport> reports,
			List<RepaymentObligation> obligations, List<ReclaimFlag> reclaims) {
	}

	@GetMapping("/bidrag")
	String overview(Model model) {
		List<AgreementGrant> grants = agreements.all().stream()
			.map(a -> new AgreementGrant(a, ledger.ledger(a.id()), requisitions.forAgreement(a.id()), reports.forAgreement(a.id()),
					ledger.obligations(a.id()), ledger.reclaimFlags(a.id())))
			.toList();
		model.addAttribute("grants", grants);
		model.addAttribute("may", Permissions.current());
		return OVERVIEW;
	}

	@PostMapping("/bidrag/aterbetalningar/{id}")
	String repay(@PathVariable long id, @RequestParam(required = false) String amount, @RequestParam(required = false) String paidOn,
			Model model, RedirectAttributes redirect) {
		try {
			ledger.registerRepayment(id, amount, paidOn);
			redirect.addFlashAttribute("done", true);
			return "redirect:/bidrag#aterbetalning-" + id;
		}
		catch (FieldErrors errors) {
			model.addAttribute("repaymentErrors", formErrors.of(errors));
			model.addAttribute("repaymentId", id);
			return overview(model);
		}
	}
}
