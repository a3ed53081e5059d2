package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the criteria set: 6 commitments × 4 roles. Only a DRAFT version may change; publishing makes it current.
 */
public record CriteriaSet(int version, Status status, LocalDate publishedOn, int lockVersion, List<CriteriaCell> cells) {

	public enum Status {
		DRAFT, PUBLISHED, RETIRED
	}

	public CriteriaSet {
		cells = List.copyOf(cells);
	}

	public CriteriaCell cell(Commitment commitment, ActorRole role) {
		return cells.stream()
			.filter(cell -> cell.commitment() == commitment && cell.role() == role)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("criteria version " + version + " lacks " + commitment + "/" + role));
	}

	public boolean isEditable() {
		return status == Status.DRAFT;
	}
}
