package se.rattighetsnavet.criteria.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.AssessmentCell;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.MaturityLevel;
import se.rattighetsnavet.criteria.Principle;
import se.rattighetsnavet.criteria.SelfAssessment;

/**
 * The JSON form of a self-assessment, with the codes of commitments, roles and principles.
 */
record AssessmentJson(String organisationCode, int year, int criteriaVersion, String status, int version, Instant submittedAt,
		List<Cell> cells) {

	record Cell(String commitment, String role, Integer level, String evidence, List<String> links, String nextSteps,
			Set<String> principles) {

		AssessmentCell toCell() {
			try {
				return new AssessmentCell(Commitment.ofCode(commitment), ActorRole.ofCode(role), level == null ? null : MaturityLevel.of(level),
						evidence, links, nextSteps,
						principles == null ? Set.of() : principles.stream().map(Principle::ofCode).collect(Collectors.toSet()));
			}
			catch (NullPointerException ex) {
				throw new IllegalArgumentException("commitment and role are required", ex);
			}
		}
	}

	record Change(int version, List<Cell> cells) {

		List<AssessmentCell> answers() {
			return cells == null ? List.of() : cells.stream().map(Cell::toCell).toList();
		}
	}

	static AssessmentJson of(SelfAssessment assessment) {
		return new AssessmentJson(assessment.organisationCode(), assessment.year(), assessment.criteriaVersion(),
				assessment.status().name(), assessment.version(), assessment.submittedAt(),
				assessment.cells().stream().map(AssessmentJson::cell).toList());
	}

	private static Cell cell(AssessmentCell cell) {
		return new Cell(cell.commitment().code(), cell.role().code(), cell.level() == null ? null : cell.level().level(),
				cell.evidence(), cell.links(), cell.nextSteps(),
				cell.principles().stream().map(Principle::code).collect(Collectors.toCollection(java.util.TreeSet::new)));
	}
}
