package se.rattighetsnavet.criteria.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.documents.PdfRenderer;

/**
 * A member's self-assessment of a year as a tagged PDF, with the criteria version it was made against.
 */
@Component
class AssessmentPdf {

	private final PdfRenderer renderer;
	private final OrganisationManagement organisations;
	private final CriteriaManagement criteria;
	private final MessageSource messages;
	private final se.rattighetsnavet.criteria.EvidenceManagement evidence;

	AssessmentPdf(PdfRenderer renderer, OrganisationManagement organisations, CriteriaManagement criteria, MessageSource messages,
			se.rattighetsnavet.criteria.EvidenceManagement evidence) {
		this.evidence = evidence;
		this.renderer = renderer;
		this.organisations = organisations;
		this.criteria = criteria;
		this.messages = messages;
	}

	byte[] render(SelfAssessment assessment, Locale locale) {
		String name = organisations.get(assessment.organisationCode()).name();
		String title = messages.getMessage("criteria.pdf.title", new Object[] { name, String.valueOf(assessment.year()) }, locale);
		Map<String, Object> model = Map.of("assessment", assessment, "organisationName", name, "title", title,
				"form", AssessmentForm.of(assessment, criteria.version(assessment.criteriaVersion()), locale),
				"files", evidence.files(assessment.organisationCode(), assessment.year()).stream()
					.collect(java.util.stream.Collectors.groupingBy(file -> file.commitment().code() + "-" + file.role().code())));
		return renderer.render("criteria/assessment-pdf", model, locale, title);
	}
}
