package se.rattighetsnavet.actionplan.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.actionplan.ActionPlanManagement;
import se.rattighetsnavet.actionplan.Report;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;

@Controller
class ReportController {

	static final String REPORT = "actionplan/report";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ActionPlanManagement plans;

	ReportController(ActionPlanManagement plans) {
		this.plans = plans;
	}

	private static String path(long id, ReportKind kind, int year) {
		return "/handlingsplan/" + id + "/rapporter/" + kind + "/" + year;
	}

	@GetMapping("/handlingsplan/{id}/rapporter/{kind}/{year}")
	String report(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year, Locale locale, Model model) {
		Report report = plans.report(id, kind, year);
		model.addAttribute("report", report);
		model.addAttribute("plan", report.plan());
		model.addAttribute("reportPath", path(id, kind, year));
		model.addAttribute("mayEdit", ActionPlanController.mayEdit());
		model.addAttribute("amounts", new ActionPlanController.Amounts(locale));
		return REPORT;
	}

	@GetMapping("/handlingsplan/{id}/rapporter/{kind}/{year}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year, Locale locale) {
		return download(plans.reportPdf(id, kind, year, locale), MediaType.APPLICATION_PDF_VALUE, name(kind, year, "pdf"));
	}

	@GetMapping("/handlingsplan/{id}/rapporter/{kind}/{year}/docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year, Locale locale) {
		return download(plans.reportDocx(id, kind, year, locale), DOCX, name(kind, year, "docx"));
	}

	private static String name(ReportKind kind, int year, String extension) {
		return (kind == ReportKind.SLUTRAPPORT ? "slutrapport" : "uppfoljningsrapport-" + year) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(bytes);
	}

	@PostMapping("/handlingsplan/{id}/rapporter/{kind}/{year}")
	String save(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year,
			@RequestParam(defaultValue = "") String introduction, @RequestParam(defaultValue = "") String assessment,
			@RequestParam(defaultValue = "") String takenForward, @RequestParam int version, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			plans.saveSections(id, kind, year, introduction, assessment, takenForward, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + path(id, kind, year);
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("reportError", "actionplan.report.conflict");
			return report(id, kind, year, locale, model);
		}
	}

	@PostMapping("/handlingsplan/{id}/rapporter/{kind}/{year}/inlamning")
	String attach(@PathVariable long id, @PathVariable ReportKind kind, @PathVariable int year, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			plans.attachReport(id, kind, year);
			redirect.addFlashAttribute("attached", true);
			return "redirect:" + path(id, kind, year);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("reportError", refused.messageKey());
			return report(id, kind, year, locale, model);
		}
	}
}
