package se.rattighetsnavet.recommendations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The SDG goals and affected groups a recommendation's text suggests, for recommendations entered or edited by hand.
 */
@Component
class TextSuggester {

	record Suggested(List<Integer> goals, List<String> groups) {
	}

	private final SdgSuggester goals = new SdgSuggester(SdgReference.load());
	private final GroupSuggester groups = new GroupSuggester();

	Suggested suggest(String text) {
		boolean[] found = Lexicon.found(text);
		return new Suggested(goals.suggest(text, found), groups.suggest(found));
	}
}
