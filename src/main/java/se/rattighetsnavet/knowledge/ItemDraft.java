package se.rattighetsnavet.knowledge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * What an editor writes. Text is kept as plain text: no markup is accepted, so nothing needs sanitising.
 */
public record ItemDraft(KnowledgeKind kind, String title, String summary, String body, String language, LocalDate publishedOn,
		String externalUrl, List<String> tags) {

	static final Set<String> LANGUAGES = Set.of("sv", "en");
	static final Set<String> FACETS = Set.of("area", "group", "role", "commitment", "sdg");

	public ItemDraft {
		title = title == null ? "" : title.strip();
		summary = summary == null ? "" : summary.strip();
		body = body == null ? "" : body.strip().replace("\r\n", "\n");
		language = language == null || language.isBlank() ? "sv" : language.strip();
		externalUrl = externalUrl == null || externalUrl.isBlank() ? null : externalUrl.strip();
		tags = tags == null ? List.of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct().toList();
	}

	public void validate() {
		FieldErrors errors = new FieldErrors();
		if (kind == null) {
			errors.add("kind", "knowledge.item.kind.required");
		}
		if (title.isEmpty()) {
			errors.add("title", "knowledge.item.title.required");
		}
		else if (title.length() > 300) {
			errors.add("title", "knowledge.item.title.tooLong");
		}
		if (summary.isEmpty()) {
			errors.add("summary", "knowledge.item.summary.required");
		}
		if (!LANGUAGES.contains(language)) {
			errors.add("language", "knowledge.item.language.invalid");
		}
		if (externalUrl != null && !externalUrl.matches("https?://\\S+")) {
			errors.add("externalUrl", "knowledge.item.url.invalid");
		}
		for (String tag : tags) {
			int colon = tag.indexOf(':');
			if (colon < 1 || !FACETS.contains(tag.substring(0, colon)) || colon == tag.length() - 1) {
				errors.add("tags", "knowledge.item.tag.invalid", tag);
				break;
			}
		}
		errors.throwIfAny();
	}

	/** A readable address from the title: "Mänskliga rättigheter" becomes "manskliga-rattigheter". */
	public String slug() {
		String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 120 ? slug.substring(0, 120) : slug.isEmpty() ? "publikation" : slug;
	}
}
