package se.rattighetsnavet.recommendations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 17 goals and 169 targets of Agenda 2030, read from the reference files shipped with the application.
 */
final class SdgReference {

	record Goal(int goal, String shortName, String title) {
	}

	record Target(String code, int goal, String type, String title) {
	}

	private static final String BASE = "/reference/sdg/";

	private final Map<Integer, Goal> goals = new LinkedHashMap<>();
	private final Map<String, Target> targets = new LinkedHashMap<>();

	private SdgReference() {
		read("sdg_goals_en.csv", row -> {
			Goal goal = new Goal(Integer.parseInt(row.get("goal")), row.get("short"), row.get("title"));
			goals.put(goal.goal(), goal);
		});
		read("sdg_targets_en.csv", row -> {
			Target target = new Target(row.get("target"), Integer.parseInt(row.get("goal")), row.get("type"), row.get("title"));
			targets.put(target.code(), target);
		});
	}

	private static final SdgReference INSTANCE = new SdgReference();

	static SdgReference load() {
		return INSTANCE;
	}

	List<Goal> goals() {
		return List.copyOf(goals.values());
	}

	List<Target> targets() {
		return Collections.unmodifiableList(new ArrayList<>(targets.values()));
	}

	Optional<Target> target(String code) {
		return Optional.ofNullable(targets.get(code));
	}

	Optional<Goal> goal(int goal) {
		return Optional.ofNullable(goals.get(goal));
	}

	private static void read(String file, java.util.function.Consumer<CSVRecord> each) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = SdgReference.class.getResourceAsStream(BASE + file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			format.parse(reader).forEach(each);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("Cannot read SDG reference data " + file, ex);
		}
	}
}
