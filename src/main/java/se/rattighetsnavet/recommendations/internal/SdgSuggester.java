package se.rattighetsnavet.recommendations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests SDG goals from a recommendation's text: TF-IDF cosine similarity to the 169 target texts plus hits in the
 * curated keyword lexicon. A person confirms the suggestions; they are never stored as labels by themselves.
 */
final class SdgSuggester {

	static final double THRESHOLD = 0.30;
	static final int MAX_GOALS = 3;
	private static final double LEXICON_WEIGHT = 0.25;
	private static final double LEXICON_CAP = 0.75;

	/** The targets a word occurs in, with its normalised TF-IDF weight there. */
	private record Postings(int[] targets, double[] weights) {
	}

	private final Map<String, Double> idf = new HashMap<>();
	private final Map<String, Postings> postings = new HashMap<>();
	private final int[] goalOfTarget;
	private final Map<String, Integer> vocabulary = new HashMap<>();
	private final double[] idfOfTerm;
	private final Postings[] postingsOfTerm;
	private final int maxGoal;

	SdgSuggester(SdgReference reference) {
		Map<Integer, String> goalTitles = new HashMap<>();
		reference.goals().forEach(goal -> goalTitles.put(goal.goal(), goal.title()));
		List<List<String>> documents = new ArrayList<>();
		for (SdgReference.Target target : reference.targets()) {
			documents.add(Words.stems(target.title() + " " + goalTitles.get(target.goal())));
		}
		Map<String, Integer> documentFrequency = new HashMap<>();
		documents.forEach(words -> words.stream().distinct().forEach(word -> documentFrequency.merge(word, 1, Integer::sum)));
		documentFrequency.forEach((word, df) -> idf.put(word, Math.log((double) documents.size() / df) + 1));
		List<SdgReference.Target> list = reference.targets();
		goalOfTarget = new int[list.size()];
		Map<String, List<double[]>> collected = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			goalOfTarget[i] = list.get(i).goal();
			int target = i;
			vector(documents.get(i)).forEach((word, weight) -> collected.computeIfAbsent(word, w -> new ArrayList<>())
				.add(new double[] { target, weight }));
		}
		collected.forEach((word, entries) -> {
			int[] targets = new int[entries.size()];
			double[] weights = new double[entries.size()];
			for (int i = 0; i < entries.size(); i++) {
				targets[i] = (int) entries.get(i)[0];
				weights[i] = entries.get(i)[1];
			}
			postings.put(word, new Postings(targets, weights));
		});
		idfOfTerm = new double[postings.size()];
		postingsOfTerm = new Postings[postings.size()];
		postings.forEach((word, entries) -> {
			int term = vocabulary.size();
			vocabulary.put(word, term);
			idfOfTerm[term] = idf.get(word);
			postingsOfTerm[term] = entries;
		});
		int highest = 0;
		for (int goal : goalOfTarget) {
			highest = Math.max(highest, goal);
		}
		for (int goal : Lexicon.GOALS.keySet()) {
			highest = Math.max(highest, goal);
		}
		maxGoal = highest;
	}

	/** Goal scores above the threshold, best first, at most three. */
	List<Integer> suggest(String text) {
		return suggest(text, Lexicon.found(text));
	}

	/** The same, with the lexicon entries already found in the text (shared with the group suggestions). */
	List<Integer> suggest(String text, boolean[] lexiconFound) {
		double[] scores = goalScores(text, lexiconFound);
		List<Integer> goals = new ArrayList<>(MAX_GOALS + 1);
		for (int goal = 0; goal < scores.length; goal++) {
			if (scores[goal] >= THRESHOLD) {
				goals.add(goal);
			}
		}
		goals.sort(Comparator.comparingDouble((Integer goal) -> scores[goal]).reversed());
		return List.copyOf(goals.subList(0, Math.min(MAX_GOALS, goals.size())));
	}

	Map<Integer, Double> scores(String text) {
		double[] scores = goalScores(text, Lexicon.found(text));
		Map<Integer, Double> result = new HashMap<>();
		for (int goal : goalOfTarget) {
			result.put(goal, scores[goal]);
		}
		Lexicon.GOALS.keySet().forEach(goal -> result.put(goal, scores[goal]));
		return result;
	}

	/**
	 * Per goal (array index) the best cosine over its targets plus the lexicon score. The text's words are counted per
	 * vocabulary index: words no target uses have no weight, so they are skipped before any map is built.
	 */
	private double[] goalScores(String text, boolean[] lexiconFound) {
		List<String> words = Words.stems(text);
		int[] terms = new int[words.size()];
		int[] counts = new int[words.size()];
		int distinct = 0;
		for (String word : words) {
			Integer term = vocabulary.get(word);
			if (term == null) {
				continue;
			}
			int at = 0;
			while (at < distinct && terms[at] != term) {
				at++;
			}
			if (at == distinct) {
				terms[distinct++] = term;
			}
			counts[at]++;
		}
		double norm = 0;
		double[] query = new double[distinct];
		for (int i = 0; i < distinct; i++) {
			query[i] = counts[i] * idfOfTerm[terms[i]];
			norm += query[i] * query[i];
		}
		double length = Math.sqrt(norm);
		double[] cosine = new double[goalOfTarget.length];
		for (int i = 0; i < distinct; i++) {
			Postings list = postingsOfTerm[terms[i]];
			double weight = query[i] / length;
			for (int k = 0; k < list.targets().length; k++) {
				cosine[list.targets()[k]] += list.weights()[k] * weight;
			}
		}
		double[] scores = new double[maxGoal + 1];
		java.util.Arrays.fill(scores, Double.NEGATIVE_INFINITY);
		for (int target = 0; target < cosine.length; target++) {
			scores[goalOfTarget[target]] = Math.max(scores[goalOfTarget[target]], cosine[target]);
		}
		for (Map.Entry<Integer, int[]> entry : Lexicon.GOAL_ENTRIES.entrySet()) {
			double lexicon = Math.min(LEXICON_CAP, Lexicon.hits(lexiconFound, entry.getValue()) * LEXICON_WEIGHT);
			int goal = entry.getKey();
			scores[goal] = scores[goal] == Double.NEGATIVE_INFINITY ? lexicon : scores[goal] + lexicon;
		}
		return scores;
	}

	private Map<String, Double> vector(List<String> words) {
		Map<String, Double> weights = new HashMap<>();
		words.forEach(word -> weights.merge(word, 1.0, Double::sum));
		double norm = 0;
		for (Map.Entry<String, Double> entry : weights.entrySet()) {
			double weight = entry.getValue() * idf.getOrDefault(entry.getKey(), 0.0);
			entry.setValue(weight);
			norm += weight * weight;
		}
		double length = Math.sqrt(norm);
		if (length > 0) {
			weights.replaceAll((word, weight) -> weight / length);
		}
		weights.values().removeIf(weight -> weight == 0);
		return weights;
	}
}
