package se.rattighetsnavet.agreements.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * The agreements' own documents, such as the signed agreement and its annexes. They are public like the agreements;
 * the programme office adds them.
 */
@Service
public class AgreementFiles {

	public record FileInfo(long id, long agreementId, String title, String filename, String contentType, long size, String sha256,
			Instant uploadedAt) {
	}

	public record StoredFile(FileInfo info, byte[] content) {
	}

	private static final String COLUMNS = "id, agreement_id, title, filename, content_type, size_bytes, sha256, uploaded_at";

	private final JdbcClient jdbc;
	private final Agreements agreements;
	private final AuditLog auditLog;
	private final Clock clock;

	AgreementFiles(JdbcClient jdbc, Agreements agreements, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public List<FileInfo> of(long agreementId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM agreements_agreement_file WHERE agreement_id = ? ORDER BY id").param(agreementId)
			.query((rs, n) -> info(rs)).list();
	}

	public StoredFile find(long agreementId, long fileId) {
		return jdbc.sql("SELECT " + COLUMNS + ", content FROM agreements_agreement_file WHERE agreement_id = ? AND id = ?")
			.params(agreementId, fileId)
			.query((rs, n) -> new StoredFile(info(rs), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("document", fileId));
	}

	@Transactional
	public FileInfo add(long agreementId, String title, String filename, String contentType, byte[] content) {
		Actor actor = Actors.current();
		Actors.require(Access.mayEdit(actor));
		agreements.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
		if (title == null || title.isBlank()) {
			new FieldErrors().add("title", "agreements.validation.required").throwIfAny();
		}
		DocumentFormat format = DocumentFormat.check(filename, contentType, content);
		String name = filename.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
		Instant now = clock.instant();
		String sha256 = DocumentFormat.sha256(content);
		long id = jdbc.sql("""
				INSERT INTO agreements_agreement_file (agreement_id, title, filename, content_type, size_bytes, sha256, content,
				uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(agreementId, title.strip(), name, format.contentType(), content.length, sha256, content, actor.email(),
					Timestamp.from(now))
			.query(Long.class).single();
		FileInfo info = new FileInfo(id, agreementId, title.strip(), name, format.contentType(), content.length, sha256, now);
		auditLog.record("create", "agreement-file", id, null, info);
		return info;
	}

	private static FileInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new FileInfo(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("title"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant());
	}
}
