package se.rattighetsnavet.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Courses, their sessions and their reach among members.
 */
public interface TrainingManagement {

	List<Course> courses();

	Optional<Course> course(String code);

	List<TrainingSession> sessions(long courseId);

	/** The programme office registers for any member, a member's editor only for their own organisation. */
	TrainingSession register(SessionRegistration registration);

	/** Reach of one member organisation, or overall when {@code organisationCode} is null. */
	Reach reach(String organisationCode);

	/** Reach per member organisation that was reached, most participants first. */
	List<Reach> reachPerMember();
}
