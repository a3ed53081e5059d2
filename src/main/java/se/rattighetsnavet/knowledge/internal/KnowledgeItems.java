package se.rattighetsnavet.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.knowledge.Attachment;
import se.rattighetsnavet.knowledge.ItemDraft;
import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.PublicationStatus;

/**
 * SQL of the knowledge hub's items and attachments, including full-text search.
 */
@Repository
class KnowledgeItems {

	private static final String ORDER = " ORDER BY published_on DESC NULLS LAST, id DESC";

	private final JdbcClient jdbc;

	KnowledgeItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<KnowledgeItem> published(KnowledgeKind kind, int limit) {
		if (kind == null) {
			return jdbc.sql("SELECT * FROM knowledge_item WHERE status = 'PUBLISHED'" + ORDER + " LIMIT ?").param(limit)
				.query((rs, n) -> item(rs)).list();
		}
		return jdbc.sql("SELECT * FROM knowledge_item WHERE status = 'PUBLISHED' AND kind = ?" + ORDER + " LIMIT ?")
			.params(kind.name(), limit).query((rs, n) -> item(rs)).list();
	}

	List<KnowledgeItem> search(String query, int limit) {
		return jdbc.sql("""
				SELECT *, ts_rank(search, q) AS rank FROM knowledge_item,
				  (SELECT websearch_to_tsquery('swedish', :q) || websearch_to_tsquery('english', :q) AS q) query
				WHERE status = 'PUBLISHED' AND (search @@ q OR title ILIKE :like)
				ORDER BY rank DESC, published_on DESC NULLS LAST, id DESC LIMIT :limit""")
			.param("q", query)
			.param("like", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit)
			.query((rs, n) -> item(rs)).list();
	}

	List<KnowledgeItem> all() {
		return jdbc.sql("SELECT * FROM knowledge_item ORDER BY updated_at DESC, id DESC").query((rs, n) -> item(rs)).list();
	}

	Optional<KnowledgeItem> find(long id) {
		return jdbc.sql("SELECT * FROM knowledge_item WHERE id = ?").param(id).query((rs, n) -> item(rs)).optional();
	}

	Optional<KnowledgeItem> findBySlug(String slug) {
		return jdbc.sql("SELECT * FROM knowledge_item WHERE slug = ?").param(slug).query((rs, n) -> item(rs)).optional();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("SELECT count(*) FROM knowledge_item WHERE slug = ?").param(slug).query(Long.class).single() > 0;
	}

	long insert(ItemDraft d, String slug) {
		return jdbc.sql("""
				INSERT INTO knowledge_item (kind, slug, title, summary, body, language, published_on, external_url, tags)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(d.kind().name(), slug, d.title(), d.summary(), d.body(), d.language(), d.publishedOn(), d.externalUrl(),
					d.tags().toArray(String[]::new))
			.query(Long.class).single();
	}

	boolean update(long id, ItemDraft d, int expectedVersion) {
		return jdbc.sql("""
				UPDATE knowledge_item SET kind = ?, title = ?, summary = ?, body = ?, language = ?, published_on = ?,
				  external_url = ?, tags = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?""")
			.params(d.kind().name(), d.title(), d.summary(), d.body(), d.language(), d.publishedOn(), d.externalUrl(),
					d.tags().toArray(String[]::new), id, expectedVersion)
			.update() == 1;
	}

	boolean changeStatus(long id, PublicationStatus status, java.time.LocalDate publishedOn, int expectedVersion) {
		return jdbc.sql("""
				UPDATE knowledge_item SET status = ?, published_on = COALESCE(published_on, ?::date), version = version + 1,
				  updated_at = now() WHERE id = ? AND version = ?""")
			.params(status.name(), publishedOn, id, expectedVersion).update() == 1;
	}

	long attach(long itemId, String filename, String contentType, byte[] content) {
		return jdbc.sql("""
				INSERT INTO knowledge_attachment (item_id, filename, content_type, size_bytes, content) VALUES (?, ?, ?, ?, ?)
				RETURNING id""")
			.params(itemId, filename, contentType, content.length, content).query(Long.class).single();
	}

	record StoredFile(long itemId, byte[] content) {
	}

	Optional<StoredFile> file(long attachmentId) {
		return jdbc.sql("SELECT item_id, content FROM knowledge_attachment WHERE id = ?").param(attachmentId)
			.query((rs, n) -> new StoredFile(rs.getLong("item_id"), rs.getBytes("content"))).optional();
	}

	private List<Attachment> attachments(long itemId) {
		return jdbc.sql("SELECT id, item_id, filename, content_type, size_bytes FROM knowledge_attachment WHERE item_id = ? ORDER BY id")
			.param(itemId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("item_id"), rs.getString("filename"),
					rs.getString("content_type"), rs.getInt("size_bytes")))
			.list();
	}

	private KnowledgeItem item(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		java.sql.Array tags = rs.getArray("tags");
		return new KnowledgeItem(id, KnowledgeKind.valueOf(rs.getString("kind")), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getString("language"),
				PublicationStatus.valueOf(rs.getString("status")), rs.getObject("published_on", java.time.LocalDate.class),
				rs.getString("external_url"),
				tags == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) tags.getArray())), attachments(id),
				rs.getInt("version"));
	}
}
