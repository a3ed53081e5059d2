package se.rattighetsnavet.indicators.internal;

import java.util.ArrayList;
import java.util.List;

import se.rattighetsnavet.indicators.Kpi;

/** Collects what a reader delivers. */
class RecordingSink implements ImportSink {

	final List<ValueRow> values = new ArrayList<>();
	final List<String> lines = new ArrayList<>();
	final List<Kpi> kpis = new ArrayList<>();
	final List<String> groups = new ArrayList<>();
	final List<String> members = new ArrayList<>();
	final List<String> organisations = new ArrayList<>();
	final List<String> rejections = new ArrayList<>();

	@Override
	public void value(ValueRow row, String line) {
		values.add(row);
		lines.add(line);
	}

	@Override
	public void kpi(Kpi kpi, String line) {
		kpis.add(kpi);
	}

	@Override
	public void group(String id, String title, String parent, String line) {
		groups.add(id + "|" + title + "|" + parent);
	}

	@Override
	public void member(String groupId, String kpiId, String line) {
		members.add(groupId + "|" + kpiId);
	}

	@Override
	public void organisation(String id, String line) {
		organisations.add(id);
	}

	@Override
	public void reject(String line, String reason) {
		rejections.add(line + ": " + reason);
	}
}
