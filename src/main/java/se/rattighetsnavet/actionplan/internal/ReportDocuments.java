package se.rattighetsnavet.actionplan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.actionplan.Report;
import se.rattighetsnavet.actionplan.ReportKind;
import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;
import se.rattighetsnavet.agreements.Deliverable;
import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.documents.PdfRenderer;

/**
 * Turns an assembled report into PDF and DOCX carrying the agreement's file number, and submits it as the agreement's
 * matching deliverable. The agreements module is optional at run time: without it, documents carry the agreement's code.
 */
@Component
class ReportDocuments {

	static final String PDF = "application/pdf";

	private final PdfRenderer pdfRenderer;
	private final ObjectProvider<AgreementManagement> agreements;
	private final MessageSource messages;

	ReportDocuments(PdfRenderer pdfRenderer, ObjectProvider<AgreementManagement> agreements, MessageSource messages) {
		this.pdfRenderer = pdfRenderer;
		this.agreements = agreements;
		this.messages = messages;
	}

	Optional<Agreement> agreement(String code) {
		AgreementManagement management = agreements.getIfAvailable();
		return management == null ? Optional.empty() : management.findByCode(code);
	}

	String title(Report report, Locale locale) {
		return report.kind() == ReportKind.SLUTRAPPORT
				? messages.getMessage("actionplan.report.title.final", null, locale)
				: messages.getMessage("actionplan.report.title.annual", new Object[] { String.valueOf(report.year()) }, locale);
	}

	String fileNumber(Report report) {
		return agreement(report.plan().agreementCode()).map(Agreement::fileNumber).filter(n -> n != null && !n.isBlank())
			.orElse(report.plan().agreementCode());
	}

	String filename(Report report, String extension) {
		String base = report.kind() == ReportKind.SLUTRAPPORT ? "slutrapport" : "uppfoljningsrapport-" + report.year();
		return base + "-" + report.plan().agreementCode().toLowerCase(Locale.ROOT) + "." + extension;
	}

	byte[] pdf(Report report, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("report", report);
		model.put("title", title(report, locale));
		model.put("fileNumber", fileNumber(report));
		model.put("amounts", new Amounts(locale));
		return pdfRenderer.render("actionplan/report-pdf", model, locale, title(report, locale));
	}

	byte[] docx(Report report, Locale locale) {
		return new ReportDocx(messages, locale).write(report, title(report, locale), fileNumber(report));
	}

	/** Renders the PDF and submits it as the matching deliverable of the plan's agreement. */
	long attach(Report report) {
		AgreementManagement management = agreements.getIfAvailable();
		if (management == null) {
			throw new BusinessRuleException("actionplan.report.noAgreements");
		}
		Agreement agreement = management.findByCode(report.plan().agreementCode())
			.orElseThrow(() -> new BusinessRuleException("actionplan.report.noAgreements"));
		Deliverable deliverable = matching(management.deliverables(agreement.id()), report)
			.orElseThrow(() -> new BusinessRuleException("actionplan.report.noDeliverable"));
		Locale swedish = Locale.forLanguageTag("sv-SE");
		management.submitDocument(deliverable.id(), filename(report, "pdf"), PDF, pdf(report, swedish));
		return deliverable.id();
	}

	/**
	 * The final report goes to SLUTRAPPORT (2014) or VERKSAMHETSREDOVISNING (2017). The follow-up of year Y is handed in
	 * before the samråd in the spring of Y+1, so the deliverable of Y+1 is preferred, then that of Y.
	 */
	static Optional<Deliverable> matching(List<Deliverable> deliverables, Report report) {
		if (report.kind() == ReportKind.SLUTRAPPORT) {
			return deliverables.stream().filter(d -> d.kind() == DeliverableKind.SLUTRAPPORT).findFirst()
				.or(() -> deliverables.stream().filter(d -> d.kind() == DeliverableKind.VERKSAMHETSREDOVISNING).findFirst());
		}
		List<Deliverable> annual = deliverables.stream().filter(d -> d.kind() == DeliverableKind.UPPFOLJNINGSRAPPORT).toList();
		return yearOf(annual, report.year() + 1).or(() -> yearOf(annual, report.year()));
	}

	private static Optional<Deliverable> yearOf(List<Deliverable> deliverables, int year) {
		return deliverables.stream()
			.filter(d -> (d.year() != null ? d.year() : d.dueDate().getYear()) == year)
			.findFirst();
	}

	/** Formats amounts in templates, which may not reference types. */
	record Amounts(Locale locale) {

		public String format(java.math.BigDecimal amount) {
			return amount == null ? "–" : se.rattighetsnavet.platform.Money.format(amount, locale);
		}
	}
}
