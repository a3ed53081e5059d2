package se.rattighetsnavet.knowledge.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.knowledge.Attachment;
import se.rattighetsnavet.knowledge.ItemDraft;
import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeItemPublished;
import se.rattighetsnavet.knowledge.KnowledgeKind;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.knowledge.PublicationStatus;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
@Transactional(readOnly = true)
class KnowledgeService implements KnowledgeManagement {

	static final int MAX_ATTACHMENT = 20 * 1024 * 1024;

	private final KnowledgeItems items;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeService(KnowledgeItems items, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	static boolean isEditor() {
		return Actors.current().hasRoleIn(Role.PROGRAMME_OFFICE, "SKR");
	}

	private static void requireEditor() {
		Actors.require(isEditor());
	}

	@Override
	public List<KnowledgeItem> published(KnowledgeKind kind, int limit) {
		return items.published(kind, Math.max(1, Math.min(limit, 200)));
	}

	@Override
	public List<KnowledgeItem> search(String query, int limit) {
		if (query == null || query.isBlank()) {
			return published(null, limit);
		}
		return items.search(query.strip(), Math.max(1, Math.min(limit, 200)));
	}

	@Override
	public Optional<KnowledgeItem> findVisible(String slug) {
		return items.findBySlug(slug).filter(item -> item.isPublished() || isEditor());
	}

	@Override
	public List<KnowledgeItem> all() {
		requireEditor();
		return items.all();
	}

	@Override
	public KnowledgeItem get(long id) {
		return items.find(id).filter(item -> item.isPublished() || isEditor())
			.orElseThrow(() -> new NotFoundException("knowledgeItem", id));
	}

	@Override
	@Transactional
	public KnowledgeItem create(ItemDraft draft) {
		requireEditor();
		draft.validate();
		String slug = draft.slug();
		for (int n = 2; items.slugTaken(slug); n++) {
			slug = draft.slug() + "-" + n;
		}
		long id = items.insert(draft, slug);
		KnowledgeItem created = items.find(id).orElseThrow();
		auditLog.record("create", "knowledgeItem", id, null, created);
		return created;
	}

	@Override
	@Transactional
	public KnowledgeItem update(long id, ItemDraft draft, int expectedVersion) {
		requireEditor();
		draft.validate();
		KnowledgeItem before = get(id);
		if (!items.update(id, draft, expectedVersion)) {
			throw new ConcurrentEditException("knowledgeItem", id);
		}
		KnowledgeItem after = get(id);
		auditLog.record("update", "knowledgeItem", id, before, after);
		return after;
	}

	@Override
	@Transactional
	public KnowledgeItem changeStatus(long id, PublicationStatus next, int expectedVersion) {
		requireEditor();
		KnowledgeItem before = get(id);
		before.status().moveTo(next);
		if (!items.changeStatus(id, next, next == PublicationStatus.PUBLISHED ? Dates.today(clock) : null, expectedVersion)) {
			throw new ConcurrentEditException("knowledgeItem", id);
		}
		KnowledgeItem after = get(id);
		auditLog.record(next.name().toLowerCase(java.util.Locale.ROOT), "knowledgeItem", id,
				java.util.Map.of("status", before.status()), java.util.Map.of("status", after.status()));
		if (next == PublicationStatus.PUBLISHED) {
			events.publishEvent(new KnowledgeItemPublished(id, after.kind(), after.slug()));
		}
		return after;
	}

	@Override
	@Transactional
	public Attachment attach(long id, String filename, String contentType, byte[] content) {
		requireEditor();
		get(id);
		if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT || filename == null || filename.isBlank()) {
			throw new BusinessRuleException("knowledge.attachment.invalid");
		}
		String name = filename.replaceAll("[\\\\/]", "_").strip();
		long attachmentId = items.attach(id, name, contentType == null ? "application/octet-stream" : contentType, content);
		Attachment attachment = get(id).attachments().stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
		auditLog.record("attach", "knowledgeItem", id, null, attachment);
		return attachment;
	}

	@Override
	public Optional<byte[]> attachmentContent(long attachmentId) {
		return items.file(attachmentId)
			.filter(file -> items.find(file.itemId()).map(item -> item.isPublished() || isEditor()).orElse(false))
			.map(KnowledgeItems.StoredFile::content);
	}
}
