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

	private static final String[] SUFFIXES = { "ational", "ation", "ities", "ity", "ness", "ment", "ing", "ies", "ied", "ed", "es",
			"al", "s" };

	/** NFC, lower case, runs of white space as one space, trimmed. Plain ASCII text (nearly all) skips the regex. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		if (!ascii(text)) {
			String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
			return SPACE.matcher(folded).replaceAll(" ").trim();
		}
		char[] out = new char[text.length()];
		int length = 0;
		boolean inSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				if (!inSpace) {
					out[length++] = ' ';
				}
				inSpace = true;
			}
			else {
				out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
				inSpace = false;
			}
		}
		int start = 0;
		while (start < length && out[start] <= ' ') {
			start++;
		}
		while (length > start && out[length - 1] <= ' ') {
			length--;
		}
		return new String(out, start, length - start);
	}

	static List<String> stems(String text) {
		List<String> result = new ArrayList<>();
		if (text != null && ascii(text)) {
			int start = -1;
			for (int i = 0; i <= text.length(); i++) {
				char c = i < text.length() ? text.charAt(i) : ' ';
				boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
				if (word && start < 0) {
					start = i;
				}
				else if (!word && start >= 0) {
					add(result, text.substring(start, i).toLowerCase(Locale.ROOT));
					start = -1;
				}
			}
			return result;
		}
		for (String token : NON_WORD.split(normalise(text))) {
			add(result, token);
		}
		return result;
	}

	private static void add(List<String> result, String token) {
		if (token.length() >= 3 && !STOP.contains(token)) {
			result.add(stem(token));
		}
	}

	static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** A light suffix stripper: enough to let "children"/"child", "women"/"woman", "educational"/"education" meet. */
	static String stem(String word) {
		if (word.equals("children")) {
			return "child";
		}
		if (word.equals("women")) {
			return "woman";
		}
		for (String suffix : SUFFIXES) {
			if (word.length() - suffix.length() >= 4 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}
}
