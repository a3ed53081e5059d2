package se.rattighetsnavet.grants.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.grants.Ledger;
import se.rattighetsnavet.grants.LedgerManagement;
import se.rattighetsnavet.grants.LedgerYear;
import se.rattighetsnavet.grants.ReclaimFlag;
import se.rattighetsnavet.grants.RepaymentObligation;
import se.rattighetsnavet.grants.web.ApiViews.LedgerView;
import se.rattighetsnavet.grants.web.ApiViews.LedgerYearView;
import se.rattighetsnavet.grants.web.ApiViews.MoneyEvent;

@RestController
@RequestMapping("/api/v1/grants")
@Tag(name = "Grants: ledger and repayments", description = "The ledger per agreement and year, repayments and possible reclaims")
class LedgerApiController {

	private final LedgerManagement ledger;

	LedgerApiController(LedgerManagement ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/ledger")
	@Operation(summary = "Granted, requested, paid, reported costs, unspent, repaid and still to repay, in total and per year")
	LedgerView ledger(@RequestParam long agreementId) {
		Ledger result = ledger.ledger(agreementId);
		LedgerYear total = result.total();
		return new LedgerView(agreementId, ApiViews.sek(total.granted()), ApiViews.sek(total.requested()),
				ApiViews.sek(total.paid()), ApiViews.sek(total.received()), ApiViews.sek(total.reportedCosts()),
				ApiViews.sek(total.unspent()), ApiViews.sek(total.repaid()), ApiViews.sek(total.toRepay()),
				result.years().stream().map(LedgerYearView::of).toList());
	}

	@GetMapping("/ledger.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam long agreementId) {
		return Downloads.xlsx(ledger.workbook(agreementId), "bidragsliggare-" + agreementId + ".xlsx");
	}

	@GetMapping("/repayment-obligations")
	List<RepaymentObligation> obligations(@RequestParam long agreementId) {
		return ledger.obligations(agreementId);
	}

	@PostMapping("/repayment-obligations/{id}/repayments")
	@Operation(summary = "Kammarkollegiet registers a repayment of unspent funds")
	RepaymentObligation repay(@PathVariable long id, @RequestBody MoneyEvent repayment) {
		return ledger.registerRepayment(id, repayment.amount(), repayment.paidOn());
	}

	@GetMapping("/reclaim-flags")
	@Operation(summary = "Financial reports not submitted by their deadline (visible to the ministry, SKR's programme office and Kammarkollegiet)")
	List<ReclaimFlag> reclaimFlags(@RequestParam long agreementId) {
		return ledger.reclaimFlags(agreementId);
	}
}
