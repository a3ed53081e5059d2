package se.rattighetsnavet.grants.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.grants.SignedOriginal;
import se.rattighetsnavet.grants.SignedOriginalManagement.Content;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;

@Repository
class SignedOriginals {

	private final JdbcClient jdbc;

	SignedOriginals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(DocumentType type, long documentId, String signedBy, LocalDate signedOn, String filename, String contentType,
			byte[] content, String uploadedBy) {
		return jdbc.sql("""
				INSERT INTO grants_signed_original (document_type, document_id, signed_by, signed_on, filename, content_type, content,
				  uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(type.name(), documentId, signedBy, signedOn, filename, contentType, content, uploadedBy)
			.query(Long.class)
			.single();
	}

	List<SignedOriginal> list(DocumentType type, long documentId) {
		return jdbc.sql("""
				SELECT id, signed_by, signed_on, filename, content_type, uploaded_by, uploaded_at FROM grants_signed_original
				WHERE document_type = ? AND document_id = ? ORDER BY id""")
			.params(type.name(), documentId)
			.query((rs, row) -> new SignedOriginal(rs.getLong("id"), rs.getString("signed_by"), rs.getObject("signed_on", LocalDate.class),
					rs.getString("filename"), rs.getString("content_type"), rs.getString("uploaded_by"),
					Requisitions.instant(rs, "uploaded_at")))
			.list();
	}

	Optional<Content> content(DocumentType type, long documentId, long id) {
		return jdbc.sql("SELECT filename, content_type, content FROM grants_signed_original WHERE document_type = ? AND document_id = ? AND id = ?")
			.params(type.name(), documentId, id)
			.query((rs, row) -> new Content(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}
}
