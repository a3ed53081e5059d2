package se.rattighetsnavet.criteria;

import java.util.List;
import java.util.Set;

/**
 * The member's answer for one commitment in one role: level (null while unanswered), evidence, links, next steps and the
 * principles the work strengthens.
 */
public record AssessmentCell(Commitment commitment, ActorRole role, MaturityLevel level, String evidence, List<String> links,
		String nextSteps, Set<Principle> principles) {

	public AssessmentCell {
		evidence = evidence == null ? "" : evidence.strip();
		nextSteps = nextSteps == null ? "" : nextSteps.strip();
		links = links == null ? List.of() : links.stream().map(String::strip).filter(link -> !link.isEmpty()).toList();
		principles = principles == null ? Set.of() : Set.copyOf(principles);
	}

	public static AssessmentCell empty(Commitment commitment, ActorRole role) {
		return new AssessmentCell(commitment, role, null, "", List.of(), "", Set.of());
	}

	public boolean isAnswered() {
		return level != null;
	}
}
