package se.rattighetsnavet.indicators.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.indicators.ClusterChange;
import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

/** The programme office curates the human-rights cluster; every change is audited and guarded by its version. */
@Service
public class ClusterService {

	static final String ENTITY = "clusterEntry";

	private final ClusterEntries entries;
	private final Kpis kpis;
	private final AuditLog auditLog;
	private final ProfileCache profiles;

	ClusterService(ClusterEntries entries, Kpis kpis, AuditLog auditLog, ProfileCache profiles) {
		this.profiles = profiles;
		this.entries = entries;
		this.kpis = kpis;
		this.auditLog = auditLog;
	}

	public ClusterEntry get(String kpiId) {
		return entries.find(kpiId).orElseThrow(() -> new NotFoundException(ENTITY, kpiId));
	}

	@Transactional
	public ClusterEntry add(String kpiId) {
		requireOffice();
		String id = kpiId == null ? "" : kpiId.trim().toUpperCase(java.util.Locale.ROOT);
		if (kpis.find(id).isEmpty()) {
			new FieldErrors().add("kpiId", "indicators.cluster.kpi.unknown", id).throwIfAny();
		}
		if (!entries.add(id)) {
			new FieldErrors().add("kpiId", "indicators.cluster.kpi.already", id).throwIfAny();
		}
		ClusterEntry added = get(id);
		auditLog.record("create", ENTITY, id, null, added);
		profiles.invalidate();
		return added;
	}

	@Transactional
	public ClusterEntry update(String kpiId, int version, ClusterChange change) {
		requireOffice();
		ClusterEntry before = get(kpiId);
		change.validate();
		if (!entries.update(kpiId, version, change.position(), change.areaHeading(), change.whyItMatters(),
				change.recommendationCodes(), change.criteriaCodes())) {
			throw new ConcurrentEditException(ENTITY, kpiId);
		}
		ClusterEntry after = get(kpiId);
		auditLog.record("update", ENTITY, kpiId, before, after);
		profiles.invalidate();
		return after;
	}

	@Transactional
	public void remove(String kpiId, int version) {
		requireOffice();
		ClusterEntry before = get(kpiId);
		if (!entries.remove(kpiId, version)) {
			throw new ConcurrentEditException(ENTITY, kpiId);
		}
		auditLog.record("delete", ENTITY, kpiId, before, null);
		profiles.invalidate();
	}

	private static void requireOffice() {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE, Role.ADMIN));
	}
}
