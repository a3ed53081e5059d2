package se.rattighetsnavet.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Measures the goal suggestions against labels people assigned: UPR Info's own Issue themes of the 6,094 sample rows,
 * mapped to the SDG goal each theme clearly belongs to. Rows whose themes map to no goal are left out. The lexicon and
 * threshold were written before this measurement and are not fitted to it.
 */
class SdgSuggestionEvaluationTests {

	/** UPR Info theme → SDG goals; themes without one clear goal (e.g. "Rights of the Child", "General") are not mapped. */
	static final Map<String, Set<Integer>> THEME_GOALS = Map.ofEntries(
			Map.entry("Women's rights", Set.of(5)),
			Map.entry("Torture and other CID treatment", Set.of(16)),
			Map.entry("Justice", Set.of(16)),
			Map.entry("Detention", Set.of(16)),
			Map.entry("Death penalty", Set.of(16)),
			Map.entry("Enforced disappearances", Set.of(16)),
			Map.entry("Extrajudicial executions", Set.of(16)),
			Map.entry("Impunity", Set.of(16)),
			Map.entry("Human rights violations by state agents", Set.of(16)),
			Map.entry("Corruption", Set.of(16)),
			Map.entry("Freedom of the press", Set.of(16)),
			Map.entry("Freedom of opinion and expression", Set.of(16)),
			Map.entry("Human rights defenders", Set.of(16)),
			Map.entry("NHRI", Set.of(16)),
			Map.entry("Trafficking", Set.of(16, 5, 8)),
			Map.entry("Labour", Set.of(8)),
			Map.entry("Right to education", Set.of(4)),
			Map.entry("Human rights education and training", Set.of(4)),
			Map.entry("Right to health", Set.of(3)),
			Map.entry("HIV - Aids", Set.of(3)),
			Map.entry("Poverty", Set.of(1)),
			Map.entry("Right to food", Set.of(2)),
			Map.entry("Right to water", Set.of(6)),
			Map.entry("Right to housing", Set.of(11)),
			Map.entry("Racial discrimination", Set.of(10)),
			Map.entry("Minorities", Set.of(10)),
			Map.entry("Migrants", Set.of(10)),
			Map.entry("Disabilities", Set.of(10)),
			Map.entry("Sexual Orientation and Gender Identity", Set.of(10)),
			Map.entry("Technical assistance and cooperation", Set.of(17)),
			Map.entry("Elections", Set.of(16)));

	record Figures(int rows, long truePositives, long suggested, long labelled) {
		double precision() {
			return suggested == 0 ? 0 : (double) truePositives / suggested;
		}

		double recall() {
			return labelled == 0 ? 0 : (double) truePositives / labelled;
		}

		@Override
		public String toString() {
			return "rows=%d suggested=%d labelled=%d correct=%d precision=%.3f recall=%.3f F1=%.3f".formatted(rows, suggested, labelled,
					truePositives, precision(), recall(), 2 * precision() * recall() / (precision() + recall()));
		}
	}

	@Test
	void goalSuggestionsAgainstUprInfoThemes() throws IOException {
		SdgSuggester suggester = new SdgSuggester(SdgReference.load());
		long[] all = new long[4];
		long[] held = new long[4];
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/recommendations/upr_info_sessions01-05_2008-2009.csv"),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				Set<Integer> gold = new HashSet<>();
				for (String theme : record.get("Issue").split(",")) {
					gold.addAll(THEME_GOALS.getOrDefault(theme.trim(), Set.of()));
				}
				if (gold.isEmpty()) {
					continue;
				}
				List<Integer> suggested = suggester.suggest(record.get("Text"));
				long correct = suggested.stream().filter(gold::contains).count();
				for (long[] figures : Integer.parseInt(record.get("Session")) >= 3 ? new long[][] { all, held } : new long[][] { all }) {
					figures[0]++;
					figures[1] += correct;
					figures[2] += suggested.size();
					figures[3] += gold.size();
				}
			}
		}
		Figures total = new Figures((int) all[0], all[1], all[2], all[3]);
		Figures sessions3to5 = new Figures((int) held[0], held[1], held[2], held[3]);
		String report = "SDG goal suggestions vs UPR Info themes mapped to goals (micro-averaged)\nall sessions 1-5: " + total
				+ "\nsessions 3-5:     " + sessions3to5 + "\n";
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "recommendations-sdg-evaluation.txt"), report);
		assertThat(total.rows()).isGreaterThan(3000);
		assertThat(total.precision()).isGreaterThan(0.3);
		assertThat(total.recall()).isGreaterThan(0.3);
	}
}
