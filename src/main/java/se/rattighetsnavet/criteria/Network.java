package se.rattighetsnavet.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * A network group of the programme: the development network that works from the platform and SKL's existing networks,
 * with its member organisations and meetings.
 */
public record Network(long id, String code, String name, String description, String source, List<String> memberCodes,
		List<Meeting> meetings) {

	public Network {
		memberCodes = List.copyOf(memberCodes);
		meetings = List.copyOf(meetings);
	}

	public record Meeting(long id, LocalDate heldOn, String title, String notes) {
	}
}
