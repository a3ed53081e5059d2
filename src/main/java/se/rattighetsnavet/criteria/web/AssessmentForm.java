package se.rattighetsnavet.criteria.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaCell;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.Principle;
import se.rattighetsnavet.criteria.SelfAssessment;

/**
 * The self-assessment form: one group per commitment, one item per role, with the guiding questions of the criteria
 * version the assessment was made against. Field names are {@code <part>-<commitment>-<role>}.
 */
record AssessmentForm(List<Group> groups) {

	record Group(String code, List<Item> items) {
	}

	record Item(String commitment, String role, String key, List<String> questions, List<String> evidenceExamples, Integer level,
			String evidence, String links, String nextSteps, Set<String> principles) {

		public boolean hasDetails() {
			return !evidence.isEmpty() || !links.isEmpty() || !nextSteps.isEmpty() || !principles.isEmpty();
		}
	}

	static AssessmentForm of(SelfAssessment assessment, CriteriaSet criteria, Locale locale) {
		List<Group> groups = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			List<Item> items = new ArrayList<>();
			for (ActorRole role : ActorRole.values()) {
				CriteriaCell criteriaCell = criteria.cell(commitment, role);
				AssessmentCell cell = assessment.cell(commitment, role);
				items.add(new Item(commitment.code(), role.code(), commitment.code() + "-" + role.code(), criteriaCell.questions(locale),
						criteriaCell.evidence(locale), cell.level() == null ? null : cell.level().level(), cell.evidence(),
						String.join("\n", cell.links()), cell.nextSteps(),
						cell.principles().stream().map(Principle::code).collect(Collectors.toSet())));
			}
			groups.add(new Group(commitment.code(), items));
		}
		return new AssessmentForm(groups);
	}

	/** Reads the posted form back into answers; unknown levels are ignored rather than trusted. */
	static List<AssessmentCell> answers(MultiValueMap<String, String> form) {
		List<AssessmentCell> answers = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			for (ActorRole role : ActorRole.values()) {
				String key = commitment.code() + "-" + role.code();
				String level = form.getFirst("level-" + key);
				MaturityLevel maturity = level == null || !level.matches("[0-4]") ? null : MaturityLevel.of(Integer.parseInt(level));
				List<String> principles = form.getOrDefault("principles-" + key, List.of());
				answers.add(new AssessmentCell(commitment, role, maturity, form.getFirst("evidence-" + key),
						text(form.getFirst("links-" + key)).lines().toList(), form.getFirst("next-" + key),
						principles.stream().map(Principle::ofCode).collect(Collectors.toSet())));
			}
		}
		return answers;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
