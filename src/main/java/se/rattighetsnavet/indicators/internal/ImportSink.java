package se.rattighetsnavet.indicators.internal;

import se.rattighetsnavet.indicators.Kpi;

/** Where the readers deliver what they parse; {@code line} locates the row in its source for the report. */
interface ImportSink {

	void value(ValueRow row, String line);

	void kpi(Kpi kpi, String line);

	void group(String id, String title, String parent, String line);

	void member(String groupId, String kpiId, String line);

	/** An organisation object in the file: checked against the registry, never stored here. */
	void organisation(String id, String line);

	void reject(String line, String reason);
}
