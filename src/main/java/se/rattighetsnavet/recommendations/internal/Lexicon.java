package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The curated keyword lexicon: word beginnings that point to an SDG goal or an affected group. Written from the goals'
 * and targets' own wording and the usual vocabulary of recommendations, not fitted to any labelled data.
 */
final class Lexicon {

	static final Map<Integer, List<String>> GOALS = new LinkedHashMap<>();
	static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

	static {
		GOALS.put(1, List.of("poverty", "poor ", "social protection", "social security", "social welfare", "basic services"));
		GOALS.put(2, List.of("hunger", "food", "nutrition", "malnutrition", "agricultur"));
		GOALS.put(3, List.of("health", "hiv", "aids", "maternal mortality", "infant mortality", "child mortality", "medical",
				"disease", "tuberculosis", "malaria", "narcotic", "tobacco", "reproductive"));
		GOALS.put(4, List.of("education", "school", "teacher", "literacy", "enrol", "educat", "training", "curricul"));
		GOALS.put(5, List.of("women", "woman", "girl", "gender", "female genital", "domestic violence", "early marriage",
				"forced marriage", "child marriage", "sexual violence", "sexual harassment", "maternity"));
		GOALS.put(6, List.of("water", "sanitation"));
		GOALS.put(7, List.of("energy", "electricity"));
		GOALS.put(8, List.of("labour", "labor", "employment", "worker", "workplace", "decent work", "unemploy", "wage",
				"forced labour", "child labour", "economic growth"));
		GOALS.put(9, List.of("infrastructure", "internet access", "industrial"));
		GOALS.put(10, List.of("discriminat", "minorit", "migrant", "migration", "racis", "racial", "xenophob", "inequalit",
				"disabilit", "disabled", "roma", "ethnic", "indigenous", "sexual orientation", "gender identity", "lgbt",
				"equal opportunit", "asylum", "refugee", "intoleran"));
		GOALS.put(11, List.of("housing", "slum", "evict", "homeless", "urban", "public transport", "disaster"));
		GOALS.put(12, List.of("consumption", "waste", "chemical"));
		GOALS.put(13, List.of("climate"));
		GOALS.put(14, List.of("ocean", "marine", "fisher"));
		GOALS.put(15, List.of("forest", "biodivers", "desertif", "land degradation", "wildlife"));
		GOALS.put(16, List.of("violence", "torture", "justice", "judicia", "court", "judge", "detention", "detain", "prison",
				"police", "law enforcement", "corruption", "traffick", "birth registration", "death penalty", "execution", "impunity",
				"disappear", "freedom of expression", "freedom of opinion", "press", "journalist", "media", "defender",
				"national human rights institution", "paris principles", "rule of law", "fair trial", "arbitrary",
				"access to information", "accountab", "legal aid", "armed conflict", "terroris", "ill-treatment", "abuse",
				"exploitation", "participation in public", "elections"));
		GOALS.put(17, List.of("technical assistance", "technical cooperation", "international cooperation", "capacity-building",
				"capacity building", "development assistance", "international community", "partnership", "statistic",
				"data collection", "disaggregated data"));

		GROUPS.put("Women and girls", List.of("women", "woman", "girl", "gender", "female", "mother", "maternity"));
		GROUPS.put("Children", List.of("child", "juvenile", "adolescen", "minors", "boys", "girls", "pupil"));
		GROUPS.put("Persons with disabilities", List.of("disabilit", "disabled"));
		GROUPS.put("Migrants, refugees and asylum seekers", List.of("migrant", "refugee", "asylum", "immigra", "stateless"));
		GROUPS.put("Minorities", List.of("minorit", "ethnic"));
		GROUPS.put("Indigenous peoples", List.of("indigenous", "sami", "saami"));
		GROUPS.put("Roma", List.of("roma ", "roma,", "roma.", "travellers"));
		GROUPS.put("LGBTI persons", List.of("sexual orientation", "gender identity", "lgbt", "homosex", "same-sex", "same sex"));
		GROUPS.put("Persons deprived of liberty", List.of("detention", "detainee", "detained", "prison", "deprived of liberty"));
		GROUPS.put("Human rights defenders and journalists", List.of("human rights defender", "journalist"));
		GROUPS.put("Older persons", List.of("older person", "elderly", "older people"));
		GROUPS.put("Persons living in poverty", List.of("poverty", "poor "));
		GROUPS.put("Persons living with HIV", List.of("hiv", "aids"));
	}

	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\-]+");

	/** Every distinct entry of both lexicons once, with " " in front, and per first letter the entries starting with it. */
	private static final List<String> NEEDLES = new ArrayList<>();
	private static final Map<Character, int[]> BY_FIRST = new HashMap<>();
	static final Map<Integer, int[]> GOAL_ENTRIES = new LinkedHashMap<>();
	static final Map<String, int[]> GROUP_ENTRIES = new LinkedHashMap<>();

	static {
		Map<String, Integer> ids = new HashMap<>();
		GOALS.forEach((goal, entries) -> GOAL_ENTRIES.put(goal, ids(entries, ids)));
		GROUPS.forEach((group, entries) -> GROUP_ENTRIES.put(group, ids(entries, ids)));
		Map<Character, List<Integer>> byFirst = new HashMap<>();
		for (int id = 0; id < NEEDLES.size(); id++) {
			byFirst.computeIfAbsent(NEEDLES.get(id).charAt(1), c -> new ArrayList<>()).add(id);
		}
		byFirst.forEach((first, list) -> BY_FIRST.put(first, list.stream().mapToInt(Integer::intValue).toArray()));
	}

	private static int[] ids(List<String> entries, Map<String, Integer> ids) {
		return entries.stream().mapToInt(entry -> ids.computeIfAbsent(entry, e -> {
			NEEDLES.add(" " + e);
			return NEEDLES.size() - 1;
		})).toArray();
	}

	private Lexicon() {
	}

	/**
	 * Which lexicon entries occur in the text, indexed as in {@link #GOAL_ENTRIES} and {@link #GROUP_ENTRIES}: the same
	 * answer as {@link #hits} on {@link #pad}, but each word start only tries the entries beginning with its letter.
	 */
	static boolean[] found(String text) {
		String padded = pad(text);
		boolean[] found = new boolean[NEEDLES.size()];
		for (int i = 0; i + 1 < padded.length(); i++) {
			if (padded.charAt(i) != ' ') {
				continue;
			}
			int[] candidates = BY_FIRST.get(padded.charAt(i + 1));
			if (candidates != null) {
				for (int id : candidates) {
					String needle = NEEDLES.get(id);
					if (!found[id] && padded.startsWith(needle, i)) {
						found[id] = true;
					}
				}
			}
		}
		return found;
	}

	static int hits(boolean[] found, int[] entries) {
		int hits = 0;
		for (int id : entries) {
			if (found[id]) {
				hits++;
			}
		}
		return hits;
	}

	/** How many of the word beginnings occur in the (normalised, space-padded) text. */
	static int hits(String paddedText, List<String> entries) {
		int hits = 0;
		for (String entry : entries) {
			if (paddedText.contains(" " + entry)) {
				hits++;
			}
		}
		return hits;
	}

	/** Lower-cased text with punctuation turned into spaces, padded so that " word" finds a word at the start. */
	static String pad(String text) {
		String normalised = Words.normalise(text);
		if (!Words.ascii(normalised)) {
			return " " + PUNCTUATION.matcher(normalised).replaceAll(" ") + " ";
		}
		StringBuilder padded = new StringBuilder(normalised.length() + 2).append(' ');
		boolean inPunctuation = false;
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				padded.append(c);
				inPunctuation = false;
			}
			else if (!inPunctuation) {
				padded.append(' ');
				inPunctuation = true;
			}
		}
		return padded.append(' ').toString();
	}
}
