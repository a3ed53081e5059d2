package se.rattighetsnavet.recommendations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

/**
 * What the recommendation form sends, exactly as typed (every value a string, so that nothing the person typed is lost
 * to a conversion error); {@link #parse()} turns it into a change and names the values it could not read.
 */
record RecommendationForm(String body, String symbol, String documentDate, String session, String cycle, String state,
		String recommendingStates, String text, String response, String themes, String groups, String sdgTargets,
		List<String> sdgGoals, List<String> municipalRoles, String relevance, String relevanceReason, String summarySv,
		Boolean published, String version) {

	/** The form's fields in page order, which is also the order of the error summary. */
	static final List<String> FIELDS = List.of("body", "symbol", "documentDate", "session", "cycle", "state", "recommendingStates",
			"text", "response", "summarySv", "themes", "groups", "sdgTargets", "sdgGoals", "municipalRoles", "relevance",
			"relevanceReason", "published");

	record Parsed(RecommendationChange change, FieldErrors errors) {
	}

	RecommendationForm {
		sdgGoals = sdgGoals == null ? List.of() : List.copyOf(sdgGoals);
		municipalRoles = municipalRoles == null ? List.of() : List.copyOf(municipalRoles);
	}

	static RecommendationForm empty() {
		return new RecommendationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, false, null);
	}

	static RecommendationForm of(Recommendation r) {
		return new RecommendationForm(r.body(), r.symbol(), r.documentDate() == null ? null : r.documentDate().toString(),
				r.session(), r.cycle(), r.state(), String.join(", ", r.recommendingStates()), r.text(), r.response(),
				String.join("\n", r.themes()), String.join("\n", r.groups()), String.join(", ", r.sdgTargets()),
				r.sdgGoals().stream().map(String::valueOf).toList(), r.municipalRoles(),
				r.relevance() == null ? null : r.relevance().name(), r.relevanceReason(), r.summarySv(), r.published(),
				String.valueOf(r.version()));
	}

	public boolean hasGoal(Integer goal) {
		return sdgGoals.contains(String.valueOf(goal));
	}

	public boolean hasRole(String role) {
		return municipalRoles.contains(role);
	}

	/** The version the person started from, or null when the form carries none that can be read. */
	Integer expectedVersion() {
		try {
			return version == null ? null : Integer.valueOf(version.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Parsed parse() {
		FieldErrors errors = new FieldErrors();
		LocalDate date = null;
		if (blankToNull(documentDate) != null) {
			try {
				date = LocalDate.parse(documentDate.trim());
			}
			catch (DateTimeParseException ex) {
				errors.add("documentDate", "recommendations.validation.date", documentDate.trim());
			}
		}
		List<Integer> goals = new ArrayList<>();
		for (String goal : sdgGoals) {
			try {
				goals.add(Integer.valueOf(goal.trim()));
			}
			catch (NumberFormatException ex) {
				errors.add("sdgGoals", "recommendations.validation.sdgGoal");
			}
		}
		Recommendation.Relevance chosen = null;
		if (blankToNull(relevance) != null) {
			try {
				chosen = Recommendation.Relevance.valueOf(relevance.trim());
			}
			catch (IllegalArgumentException ex) {
				errors.add("relevance", "recommendations.validation.relevance");
			}
		}
		RecommendationChange change = new RecommendationChange(blankToNull(body), blankToNull(symbol), date, blankToNull(session),
				blankToNull(cycle), blankToNull(state), split(recommendingStates, ","), blankToNull(text), blankToNull(response),
				split(themes, "\n"), split(groups, "\n"), split(sdgTargets, "[,;\\s]"), goals, municipalRoles, chosen,
				blankToNull(relevanceReason), blankToNull(summarySv), Boolean.TRUE.equals(published));
		return new Parsed(change, errors);
	}

	private static List<String> split(String value, String separator) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(separator)).map(String::trim).filter(item -> !item.isEmpty()).distinct().toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
