package se.rattighetsnavet.recommendations.internal;

import java.util.List;

/**
 * Suggests affected groups from a recommendation's text with the keyword lexicon.
 */
final class GroupSuggester {

	List<String> suggest(String text) {
		String padded = Lexicon.pad(text);
		return Lexicon.GROUPS.entrySet().stream().filter(entry -> Lexicon.hits(padded, entry.getValue()) > 0).map(java.util.Map.Entry::getKey).toList();
	}
}
