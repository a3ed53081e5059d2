package se.rattighetsnavet.criteria.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.EvidenceFile;

/**
 * Evidence uploads of self-assessments; the database refuses changes once the assessment is submitted.
 */
@Repository
class EvidenceFiles {

	private final JdbcClient jdbc;

	EvidenceFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long assessmentId, Commitment commitment, ActorRole role, String fileName, String contentType, byte[] content) {
		return jdbc.sql("""
				INSERT INTO criteria_assessment_file (assessment_id, commitment, actor_role, file_name, content_type, content)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(assessmentId, commitment.name(), role.name(), fileName, contentType, content)
			.query(Long.class)
			.single();
	}

	List<EvidenceFile> of(long assessmentId) {
		return jdbc.sql("SELECT id, commitment, actor_role, file_name, content_type FROM criteria_assessment_file WHERE assessment_id = ? ORDER BY id")
			.param(assessmentId)
			.query((rs, n) -> new EvidenceFile(rs.getLong(1), Commitment.valueOf(rs.getString(2)), ActorRole.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	Optional<byte[]> content(long assessmentId, long id) {
		return jdbc.sql("SELECT content FROM criteria_assessment_file WHERE assessment_id = ? AND id = ?")
			.params(assessmentId, id)
			.query(byte[].class)
			.optional();
	}
}
