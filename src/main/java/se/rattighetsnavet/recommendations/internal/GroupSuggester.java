package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests affected groups from a recommendation's text with the keyword lexicon.
 */
final class GroupSuggester {

	List<String> suggest(String text) {
		return suggest(Lexicon.found(text));
	}

	/** From the lexicon entries already found in the text. */
	List<String> suggest(boolean[] found) {
		List<String> groups = new ArrayList<>();
		Lexicon.GROUP_ENTRIES.forEach((group, entries) -> {
			if (Lexicon.hits(found, entries) > 0) {
				groups.add(group);
			}
		});
		return List.copyOf(groups);
	}
}
