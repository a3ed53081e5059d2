package se.rattighetsnavet.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge hub for the web layer and other modules. The public sees published items only; the programme office
 * writes, reviews and publishes.
 */
public interface KnowledgeManagement {

	/** Published items, newest first, optionally of one kind. */
	List<KnowledgeItem> published(KnowledgeKind kind, int limit);

	/** Full-text search over published items (Swedish and English), best match first. */
	List<KnowledgeItem> search(String query, int limit);

	/** A published item by its address; the programme office also sees drafts. */
	Optional<KnowledgeItem> findVisible(String slug);

	/** Every item whatever its status, for the programme office. */
	List<KnowledgeItem> all();

	KnowledgeItem get(long id);

	KnowledgeItem create(ItemDraft draft);

	KnowledgeItem update(long id, ItemDraft draft, int expectedVersion);

	KnowledgeItem changeStatus(long id, PublicationStatus next, int expectedVersion);

	Attachment attach(long id, String filename, String contentType, byte[] content);

	/** The file, when its item is visible to the current actor. */
	Optional<byte[]> attachmentContent(long attachmentId);
}
