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
	}

	/** Goal scores above the threshold, best first, at most three. */
	List<Integer> suggest(String text) {
		Map<Integer, Double> scores = scores(text);
		return scores.entrySet().stream()
			.filter(entry -> entry.getValue() >= THRESHOLD)
			.sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(MAX_GOALS)
			.map(Map.Entry::getKey)
			.toList();
	}

	Map<Integer, Double> scores(String text) {
		Map<String, Double> query = vector(Words.stems(text));
		double[] cosine = new double[goalOfTarget.length];
		for (Map.Entry<String, Double> entry : query.entrySet()) {
			Postings list = postings.get(entry.getKey());
			if (list != null) {
				for (int i = 0; i < list.targets().length; i++) {
					cosine[list.targets()[i]] += list.weights()[i] * entry.getValue();
				}
			}
		}
		Map<Integer, Double> scores = new HashMap<>();
		for (int target = 0; target < cosine.length; target++) {
			scores.merge(goalOfTarget[target], cosine[target], Math::max);
		}
		String padded = Lexicon.pad(text);
		Lexicon.GOALS.forEach((goal, entries) -> {
			double lexicon = Math.min(LEXICON_CAP, Lexicon.hits(padded, entries) * LEXICON_WEIGHT);
			scores.merge(goal, lexicon, Double::sum);
		});
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
