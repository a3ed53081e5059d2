package se.rattighetsnavet.grants.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportInput.CostInput;
import se.rattighetsnavet.grants.FinancialReportManagement;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;

@Controller
class ReportPagesController {

	static final String FORM = "grants/report-form";
	static final String DETAIL = "grants/report";

	private final FinancialReportManagement reports;
	private final SignedOriginalManagement originals;
	private final DocumentPages pages;
	private final FormSupport forms;

	ReportPagesController(FinancialReportManagement reports, SignedOriginalManagement originals, DocumentPages pages,
			FormSupport forms) {
		this.reports = reports;
		this.originals = originals;
		this.pages = pages;
		this.forms = forms;
	}

	@GetMapping("/bidrag/redovisningar/ny")
	String newForm(@RequestParam("avtal") long agreementId, @RequestParam(name = "slag", defaultValue = "FINAL") ReportKind kind,
			Model model) {
		return form(reports.prefill(agreementId, kind), null, Map.of(), model);
	}

	@PostMapping("/bidrag/redovisningar")
	String create(@RequestParam Map<String, String> params, @RequestParam("agreementId") long agreementId, Model model,
			RedirectAttributes redirect) {
		FinancialReportInput input = FormSupport.report(agreementId, params);
		try {
			FinancialReport created = reports.create(input);
			redirect.addFlashAttribute("message", "grants.saved");
			return "redirect:/bidrag/redovisningar/" + created.id();
		}
		catch (FieldErrors errors) {
			return form(FormSupport.report(agreementId, params), null, forms.errors(errors), model);
		}
	}

	@GetMapping("/bidrag/redovisningar/{id}")
	String detail(@PathVariable long id, Model model) {
		FinancialReport report = reports.get(id);
		model.addAttribute("r", report);
		model.addAttribute("submittedAt", FormSupport.local(report.submittedAt()));
		model.addAttribute("decidedAt", FormSupport.local(report.decidedAt()));
		model.addAttribute("originals", originals.list(DocumentType.FINANCIAL_REPORT, id));
		model.addAttribute("may", Permissions.current());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return DETAIL;
	}

	@GetMapping("/bidrag/redovisningar/{id}/andra")
	String editForm(@PathVariable long id, Model model) {
		FinancialReport report = reports.get(id);
		return form(FormSupport.report(report), report, Map.of(), model);
	}

	@PostMapping("/bidrag/redovisningar/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam("agreementId") long agreementId,
			@RequestParam("version") int version, Model model, RedirectAttributes redirect) {
		try {
			reports.update(id, FormSupport.report(agreementId, params), version);
			redirect.addFlashAttribute("message", "grants.saved");
			return "redirect:/bidrag/redovisningar/" + id;
		}
		catch (FieldErrors errors) {
			return form(FormSupport.report(agreementId, params), reports.get(id), forms.errors(errors), model);
		}
		catch (ConcurrentEditException conflict) {
			return form(FormSupport.report(agreementId, params), reports.get(id), Map.of("form", forms.message("error.409")), model);
		}
	}

	@PostMapping("/bidrag/redovisningar/{id}/lamna-in")
	String submit(@PathVariable long id, @RequestParam("version") int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.submitted", () -> reports.submit(id, version));
	}

	@PostMapping("/bidrag/redovisningar/{id}/godkann")
	String approve(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.done", () -> reports.approve(id));
	}

	@PostMapping("/bidrag/redovisningar/{id}/komplettering")
	String requestCompletion(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "grants.done", () -> reports.requestCompletion(id, reason));
	}

	@PostMapping("/bidrag/redovisningar/{id}/underskrift")
	String upload(@PathVariable long id, @RequestParam(required = false) String signedBy, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		return pages.uploadOriginal(DocumentType.FINANCIAL_REPORT, id, "/bidrag/redovisningar/" + id, signedBy, signedOn, file, model, redirect,
				() -> detail(id, model));
	}

	private String act(long id, Model model, RedirectAttributes redirect, String success, Runnable action) {
		return pages.act("/bidrag/redovisningar/" + id, model, redirect, success, action, () -> detail(id, model));
	}

	private String form(FinancialReportInput input, FinancialReport existing, Map<String, String> errors, Model model) {
		List<CostInput> rows = new ArrayList<>(input.costs());
		while (rows.size() < FormSupport.COST_ROWS) {
			rows.add(new CostInput("", ""));
		}
		model.addAttribute("form", input);
		model.addAttribute("costRows", rows.subList(0, Math.max(FormSupport.COST_ROWS, input.costs().size())));
		model.addAttribute("existing", existing);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("labels", forms.labels(FormSupport.REPORT_FIELDS));
		return FORM;
	}
}
