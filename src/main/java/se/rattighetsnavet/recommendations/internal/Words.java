package se.rattighetsnavet.recommendations.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English text into crudely stemmed words for the suggestion models.
 */
final class Words {

	private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have",
			"in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them", "these", "this", "to", "with", "all",
			"any", "such", "other", "which", "who", "whom", "also", "further", "including", "ensure", "take", "measures", "measure",
			"continue", "state", "states", "national", "country", "countries", "effort", "efforts", "order", "necessary", "consider",
			"well", "particular", "particularly", "those", "been", "not", "than", "more", "most", "promote", "strengthen",
			"2030", "2020", "2025", "level", "levels", "relevant", "appropriate", "implement", "implementation");

	private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

	private Words() {
	}

	static String normalise(String text) {
		String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return SPACE.matcher(folded).replaceAll(" ").trim();
	}

	static List<String> stems(String text) {
		List<String> result = new ArrayList<>();
		for (String token : NON_WORD.split(normalise(text))) {
			if (token.length() < 3 || STOP.contains(token)) {
				continue;
			}
			result.add(stem(token));
		}
		return result;
	}

	/** A light suffix stripper: enough to let "children"/"child", "women"/"woman", "educational"/"education" meet. */
	static String stem(String word) {
		if (word.equals("children")) {
			return "child";
		}
		if (word.equals("women")) {
			return "woman";
		}
		for (String suffix : new String[] { "ational", "ation", "ities", "ity", "ness", "ment", "ing", "ies", "ied", "ed", "es", "al", "s" }) {
			if (word.length() - suffix.length() >= 4 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}
}
