package se.rattighetsnavet.criteria;

/**
 * One cell of the criteria set: guiding questions and examples of evidence for a commitment in a role, in Swedish and English.
 * Each text holds one item per line.
 */
public record CriteriaCell(Commitment commitment, ActorRole role, String questionsSv, String questionsEn, String evidenceSv,
		String evidenceEn) {

	public java.util.List<String> questions(java.util.Locale locale) {
		return lines("en".equals(locale.getLanguage()) ? questionsEn : questionsSv);
	}

	public java.util.List<String> evidence(java.util.Locale locale) {
		return lines("en".equals(locale.getLanguage()) ? evidenceEn : evidenceSv);
	}

	private static java.util.List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
