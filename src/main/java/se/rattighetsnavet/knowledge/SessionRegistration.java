package se.rattighetsnavet.knowledge;

import java.time.LocalDate;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * A session as registered by the programme office or by a member's editor for their own organisation.
 */
public record SessionRegistration(String courseCode, LocalDate heldOn, String organiser, String place,
		String organisationCode, Integer electedOfficials, Integer managers, Integer employees) {

	public SessionRegistration {
		organiser = organiser == null ? "" : organiser.strip();
		place = place == null ? "" : place.strip();
		electedOfficials = electedOfficials == null ? 0 : electedOfficials;
		managers = managers == null ? 0 : managers;
		employees = employees == null ? 0 : employees;
	}

	public void validate(LocalDate today) {
		FieldErrors errors = new FieldErrors();
		if (heldOn == null) {
			errors.add("heldOn", "knowledge.session.heldOn.required");
		}
		else if (heldOn.isAfter(today)) {
			errors.add("heldOn", "knowledge.session.heldOn.future");
		}
		if (organiser.isEmpty()) {
			errors.add("organiser", "knowledge.session.organiser.required");
		}
		if (organisationCode == null || organisationCode.isBlank()) {
			errors.add("organisationCode", "knowledge.session.organisation.required");
		}
		if (electedOfficials < 0 || managers < 0 || employees < 0) {
			errors.add("participants", "knowledge.session.participants.negative");
		}
		else if (electedOfficials + managers + employees == 0) {
			errors.add("participants", "knowledge.session.participants.none");
		}
		errors.throwIfAny();
	}
}
