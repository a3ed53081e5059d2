package se.rattighetsnavet.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * For the programme office: which MR members have submitted the year's self-assessment, which are working on it and which
 * are late, plus the network's median level per commitment and role.
 */
public record Coverage(int year, LocalDate dueOn, List<Row> rows, List<CellMedian> development) {

	public enum State {
		SUBMITTED, DRAFT, NOT_STARTED
	}

	public record Row(String organisationCode, String name, State state, Instant submittedAt, boolean late) {
	}

	public record CellMedian(Commitment commitment, ActorRole role, PeerMedian median) {
	}

	public long count(State state) {
		return rows.stream().filter(row -> row.state() == state).count();
	}

	/** For templates, which may not reference types. */
	public long count(String state) {
		return count(State.valueOf(state));
	}

	public long late() {
		return rows.stream().filter(Row::late).count();
	}
}
