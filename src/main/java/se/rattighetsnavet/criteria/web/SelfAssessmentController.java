package se.rattighetsnavet.criteria.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.MembershipManagement;
import se.rattighetsnavet.criteria.Principle;
import se.rattighetsnavet.criteria.ReportingYear;
import se.rattighetsnavet.criteria.SelfAssessment;
import se.rattighetsnavet.criteria.SelfAssessmentManagement;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.web.FormErrors;
import se.rattighetsnavet.platform.web.FormValues;

/**
 * The member's yearly self-assessments: the list of years and the form of one year.
 */
@Controller
class SelfAssessmentController {

	static final String YEARS = "criteria/assessments";
	static final String FORM = "criteria/assessment";

	private final SelfAssessmentManagement assessments;
	private final se.rattighetsnavet.criteria.EvidenceManagement evidence;
	private final MembershipManagement memberships;
	private final CriteriaManagement criteria;
	private final OrganisationManagement organisations;
	private final FormErrors formErrors;
	private final Clock clock;

	SelfAssessmentController(SelfAssessmentManagement assessments, se.rattighetsnavet.criteria.EvidenceManagement evidence,
			MembershipManagement memberships, CriteriaManagement criteria,
			OrganisationManagement organisations, FormErrors formErrors, Clock clock) {
		this.assessments = assessments;
		this.evidence = evidence;
		this.memberships = memberships;
		this.criteria = criteria;
		this.organisations = organisations;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/mr-plattformen/sjalvskattning")
	String years(Model model) {
		Actor actor = Actors.current();
		Actors.require(actor.hasAnyRole(Role.MEMBER_EDITOR, Role.MEMBER_READER));
		String code = actor.organisationCode();
		model.addAttribute("organisation", organisations.get(code));
		model.addAttribute("assessments", assessments.all(code));
		model.addAttribute("isMember", memberships.isMember(code));
		model.addAttribute("mayEdit", assessments.mayEdit(code));
		ReportingYear current = ReportingYear.current(Dates.today(clock));
		model.addAttribute("suggestedYear", current.year());
		model.addAttribute("dueOn", current.dueOn());
		return YEARS;
	}

	@PostMapping("/mr-plattformen/sjalvskattning")
	String start(@RequestParam(defaultValue = "") String year, Model model) {
		String code = Actors.current().organisationCode();
		Integer parsed = FormValues.wholeNumber("year", year, "criteria.assessments.year.invalid", new FieldErrors());
		// the years the form offers (and the table accepts); an empty, mistyped or far-off year is asked for again
		if (parsed == null || parsed < 2014 || parsed > 2200) {
			Actors.require(assessments.mayEdit(code));
			String page = years(model);
			model.addAttribute("errors", formErrors.of(new FieldErrors().add("year", "criteria.assessments.year.invalid")));
			model.addAttribute("suggestedYear", year);
			return page;
		}
		assessments.start(code, parsed);
		return "redirect:/mr-plattformen/sjalvskattning/" + code + "/" + parsed;
	}

	@GetMapping("/mr-plattformen/sjalvskattning/{code}/{year}")
	String form(@PathVariable String code, @PathVariable int year, Model model) {
		SelfAssessment assessment = assessments.get(code, year);
		return show(assessment, AssessmentForm.of(assessment, criteria.version(assessment.criteriaVersion()),
				LocaleContextHolder.getLocale()), model);
	}

	@PostMapping("/mr-plattformen/sjalvskattning/{code}/{year}")
	String save(@PathVariable String code, @PathVariable int year, @RequestParam int version,
			@RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<AssessmentCell> answers = AssessmentForm.answers(form);
		try {
			SelfAssessment saved = assessments.save(code, year, answers, version);
			if ("submit".equals(action)) {
				assessments.submit(code, year, saved.version());
				redirect.addFlashAttribute("submitted", true);
			}
			else {
				redirect.addFlashAttribute("saved", true);
			}
			return "redirect:/mr-plattformen/sjalvskattning/" + code + "/" + year;
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", formErrors.of(errors));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("conflict", true);
		}
		SelfAssessment current = assessments.get(code, year);
		SelfAssessment entered = current.isSubmitted() ? current : current.withAnswers(answers);
		if (model.containsAttribute("conflict")) {
			entered = current;
		}
		return show(current, AssessmentForm.of(entered, criteria.version(current.criteriaVersion()), LocaleContextHolder.getLocale()),
				model);
	}

	@GetMapping("/mr-plattformen/sjalvskattning/{code}/{year}/underlag/{file}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable int year, @PathVariable long file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"underlag-" + file + "\"")
			.body(evidence.content(code, year, file));
	}

	@PostMapping("/mr-plattformen/sjalvskattning/{code}/{year}/underlag")
	String upload(@PathVariable String code, @PathVariable int year, @RequestParam String cell,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		String[] parts = cell.split("-");
		try {
			evidence.attach(code, year, se.rattighetsnavet.criteria.Commitment.ofCode(parts[0]),
					se.rattighetsnavet.criteria.ActorRole.ofCode(parts[1]), file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("uploaded", true);
		}
		catch (FieldErrors errors) {
			redirect.addFlashAttribute("errors", formErrors.of(errors));
		}
		return "redirect:/mr-plattformen/sjalvskattning/" + code + "/" + year + "#cell-" + cell;
	}

	private String show(SelfAssessment assessment, AssessmentForm form, Model model) {
		model.addAttribute("files", evidence.files(assessment.organisationCode(), assessment.year()).stream()
			.collect(java.util.stream.Collectors.groupingBy(file -> file.commitment().code() + "-" + file.role().code())));
		model.addAttribute("assessment", assessment);
		model.addAttribute("organisation", organisations.get(assessment.organisationCode()));
		model.addAttribute("form", form);
		model.addAttribute("levels", MaturityLevel.values());
		model.addAttribute("principles", Principle.values());
		model.addAttribute("editable", !assessment.isSubmitted() && assessments.mayEdit(assessment.organisationCode()));
		model.addAttribute("dueOn", new ReportingYear(assessment.year()).dueOn());
		return FORM;
	}
}
