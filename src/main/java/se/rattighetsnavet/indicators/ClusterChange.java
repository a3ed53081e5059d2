package se.rattighetsnavet.indicators;

import java.util.List;
import java.util.regex.Pattern;

import se.rattighetsnavet.platform.FieldErrors;

/**
 * The programme office's edit of a cluster entry. Codes of recommendations and criteria are stored as given (the
 * modules owning them resolve them); here they only have to look like codes.
 */
public record ClusterChange(Integer position, String areaHeading, String whyItMatters, List<String> recommendationCodes,
		List<String> criteriaCodes) {

	static final int MAX_HEADING = 200;
	static final int MAX_WHY = 4000;
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}");

	public ClusterChange {
		areaHeading = blankToNull(areaHeading);
		whyItMatters = blankToNull(whyItMatters);
		recommendationCodes = recommendationCodes == null ? List.of() : recommendationCodes.stream().map(String::trim)
			.filter(c -> !c.isEmpty()).distinct().toList();
		criteriaCodes = criteriaCodes == null ? List.of() : criteriaCodes.stream().map(String::trim).filter(c -> !c.isEmpty())
			.distinct().toList();
	}

	/** @throws FieldErrors naming every field that breaks a rule */
	public void validate() {
		FieldErrors errors = new FieldErrors();
		if (position == null || position < 0 || position > 1_000_000) {
			errors.add("position", "indicators.cluster.position.invalid");
		}
		if (areaHeading != null && areaHeading.length() > MAX_HEADING) {
			errors.add("areaHeading", "indicators.cluster.heading.tooLong", MAX_HEADING);
		}
		if (whyItMatters != null && whyItMatters.length() > MAX_WHY) {
			errors.add("whyItMatters", "indicators.cluster.why.tooLong", MAX_WHY);
		}
		recommendationCodes.stream().filter(code -> !CODE.matcher(code).matches()).findFirst()
			.ifPresent(code -> errors.add("recommendationCodes", "indicators.cluster.code.invalid", code));
		criteriaCodes.stream().filter(code -> !CODE.matcher(code).matches()).findFirst()
			.ifPresent(code -> errors.add("criteriaCodes", "indicators.cluster.code.invalid", code));
		errors.throwIfAny();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
