package se.rattighetsnavet.criteria.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.CriteriaCell;
import se.rattighetsnavet.criteria.CriteriaManagement;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.platform.Actors;
import se.rattighetsnavet.platform.Dates;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.Role;

@Service
class CriteriaService implements CriteriaManagement {

	private final CriteriaVersions versions;
	private final AuditLog auditLog;
	private final Clock clock;

	CriteriaService(CriteriaVersions versions, AuditLog auditLog, Clock clock) {
		this.versions = versions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CriteriaSet current() {
		return versions.findByStatus(CriteriaSet.Status.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("criteriaVersion", "current"));
	}

	@Override
	@Transactional(readOnly = true)
	public CriteriaSet version(int number) {
		return versions.find(number).orElseThrow(() -> new NotFoundException("criteriaVersion", number));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CriteriaSet> versions() {
		return versions.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CriteriaSet> draft() {
		return versions.findByStatus(CriteriaSet.Status.DRAFT);
	}

	@Override
	@Transactional
	public CriteriaSet openDraft() {
		requireProgrammeOffice();
		Optional<CriteriaSet> open = draft();
		if (open.isPresent()) {
			return open.get();
		}
		CriteriaSet current = current();
		int number = versions.nextNumber();
		versions.insert(number, CriteriaSet.Status.DRAFT, null, current.cells());
		auditLog.record("create", "criteriaVersion", number, null, new Opened(number, current.version()));
		return version(number);
	}

	@Override
	@Transactional
	public CriteriaSet editDraft(CriteriaCell cell, int expectedLockVersion) {
		requireProgrammeOffice();
		CriteriaSet draft = draft().orElseThrow(() -> new NotFoundException("criteriaVersion", "draft"));
		CriteriaCell before = draft.cell(cell.commitment(), cell.role());
		versions.updateCell(draft.version(), cell, expectedLockVersion);
		auditLog.record("update", "criteriaCell", draft.version() + "/" + cell.commitment() + "/" + cell.role(), before, cell);
		return version(draft.version());
	}

	@Override
	@Transactional
	public CriteriaSet publishDraft(int expectedLockVersion) {
		requireProgrammeOffice();
		CriteriaSet draft = draft().orElseThrow(() -> new NotFoundException("criteriaVersion", "draft"));
		versions.publish(draft.version(), Dates.today(clock), expectedLockVersion);
		auditLog.record("publish", "criteriaVersion", draft.version(), null, new Published(draft.version()));
		return version(draft.version());
	}

	private static void requireProgrammeOffice() {
		Actors.require(Actors.current().hasAnyRole(Role.PROGRAMME_OFFICE));
	}

	record Opened(int version, int copiedFrom) {
	}

	record Published(int version) {
	}
}
