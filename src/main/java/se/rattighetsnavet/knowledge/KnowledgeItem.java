package se.rattighetsnavet.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication, guidance, good example or news item. {@code body} is plain text; blank lines separate paragraphs.
 * Tags are prefixed by facet: {@code area:}, {@code group:}, {@code role:}, {@code commitment:}, {@code sdg:}.
 */
public record KnowledgeItem(long id, KnowledgeKind kind, String slug, String title, String summary, String body,
		String language, PublicationStatus status, LocalDate publishedOn, String externalUrl, List<String> tags,
		List<Attachment> attachments, int version) {

	public KnowledgeItem {
		tags = List.copyOf(tags);
		attachments = List.copyOf(attachments);
	}

	public List<String> paragraphs() {
		return java.util.Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}
}
