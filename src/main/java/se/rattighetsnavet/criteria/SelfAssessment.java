package se.rattighetsnavet.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * A member's self-assessment of one year against the criteria version it was started on. A DRAFT changes; SUBMITTED is an
 * immutable yearly snapshot.
 */
public record SelfAssessment(long id, String organisationCode, int year, int criteriaVersion, Status status,
		Instant submittedAt, int version, List<AssessmentCell> cells) {

	public enum Status {
		DRAFT, SUBMITTED
	}

	public SelfAssessment {
		cells = List.copyOf(cells);
	}

	/** A new year's draft: empty, or pre-filled with the answers of the last submitted year. */
	public static SelfAssessment start(String organisationCode, int year, int criteriaVersion, SelfAssessment previous) {
		Map<String, AssessmentCell> earlier = previous == null ? Map.of() : previous.byKey();
		List<AssessmentCell> cells = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			for (ActorRole role : ActorRole.values()) {
				cells.add(earlier.getOrDefault(key(commitment, role), AssessmentCell.empty(commitment, role)));
			}
		}
		return new SelfAssessment(0, organisationCode, year, criteriaVersion, Status.DRAFT, null, 0, cells);
	}

	/** Replaces the answers given; cells not mentioned keep theirs. */
	public SelfAssessment withAnswers(List<AssessmentCell> answers) {
		requireDraft();
		Map<String, AssessmentCell> given = answers.stream()
			.collect(Collectors.toMap(cell -> key(cell.commitment(), cell.role()), Function.identity(), (a, b) -> b));
		List<AssessmentCell> merged = cells.stream()
			.map(cell -> given.getOrDefault(key(cell.commitment(), cell.role()), cell))
			.toList();
		return new SelfAssessment(id, organisationCode, year, criteriaVersion, status, submittedAt, version, merged);
	}

	/** @throws FieldErrors naming every cell that still lacks a level */
	public SelfAssessment submit(Instant now) {
		requireDraft();
		FieldErrors errors = new FieldErrors();
		cells.stream()
			.filter(cell -> !cell.isAnswered())
			.forEach(cell -> errors.add(fieldName(cell.commitment(), cell.role()), "criteria.assessment.levelMissing"));
		errors.throwIfAny();
		return new SelfAssessment(id, organisationCode, year, criteriaVersion, Status.SUBMITTED, now, version, cells);
	}

	public void requireDraft() {
		if (status != Status.DRAFT) {
			throw new BusinessRuleException(409, "criteria.assessment.submitted", String.valueOf(year));
		}
	}

	public AssessmentCell cell(Commitment commitment, ActorRole role) {
		return byKey().get(key(commitment, role));
	}

	public long answered() {
		return cells.stream().filter(AssessmentCell::isAnswered).count();
	}

	public boolean isSubmitted() {
		return status == Status.SUBMITTED;
	}

	/** The form field of a cell's level, also used in validation errors. */
	public static String fieldName(Commitment commitment, ActorRole role) {
		return "level-" + commitment.code() + "-" + role.code();
	}

	private Map<String, AssessmentCell> byKey() {
		return cells.stream().collect(Collectors.toMap(cell -> key(cell.commitment(), cell.role()), Function.identity()));
	}

	private static String key(Commitment commitment, ActorRole role) {
		return commitment.name() + "/" + role.name();
	}
}
