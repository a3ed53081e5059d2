package se.rattighetsnavet.criteria.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which reminders have gone out: one per organisation, year and kind, so a member is never reminded twice.
 */
@Repository
class Reminders {

	enum Kind {
		DUE, LATE
	}

	private final JdbcClient jdbc;

	Reminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the reminder; false when it was already sent. */
	boolean claim(String organisationCode, int year, Kind kind, int recipients) {
		Optional<String> claimed = jdbc.sql("""
				INSERT INTO criteria_reminder_sent (organisation_code, year, kind, recipients) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING RETURNING organisation_code""")
			.params(organisationCode, year, kind.name(), recipients)
			.query(String.class)
			.optional();
		return claimed.isPresent();
	}

	/** Gives the claim back when the mail server refused, so the next run tries again. */
	void release(String organisationCode, int year, Kind kind) {
		jdbc.sql("DELETE FROM criteria_reminder_sent WHERE organisation_code = ? AND year = ? AND kind = ?")
			.params(organisationCode, year, kind.name())
			.update();
	}
}
