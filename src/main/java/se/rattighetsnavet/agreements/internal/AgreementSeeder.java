package se.rattighetsnavet.agreements.internal;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;

/**
 * Puts the 2014 and 2017 agreements with all their obligations in the database on start. It only inserts what is missing
 * (by agreement code and a stable key per deliverable), so a restart, a second node or later edits are never overwritten.
 */
@Component
class AgreementSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgreementSeeder.class);

	private final Agreements agreements;
	private final Deliverables deliverables;
	private final AuditLog auditLog;

	AgreementSeeder(Agreements agreements, Deliverables deliverables, AuditLog auditLog) {
		this.agreements = agreements;
		this.deliverables = deliverables;
		this.auditLog = auditLog;
	}

	static List<SeedAgreement> seeds() {
		return List.of(Seed2014.agreement(), Seed2017.agreement());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		seed();
	}

	/** @return how many rows were added */
	@Transactional
	public int seed() {
		int added = 0;
		for (SeedAgreement seed : seeds()) {
			boolean existed = agreements.idOf(seed.code()).isPresent();
			long id = agreements.insertIfMissing(seed);
			if (!existed) {
				added++;
				auditLog.record(Actor.SYSTEM, "create", "agreement", id, null, Map.of("code", seed.code(), "title", seed.title()));
			}
			added += agreements.insertPartsIfMissing(id, seed);
			for (SeedAgreement.Item item : seed.deliverables()) {
				String key = seed.code() + ":" + item.key();
				if (deliverables.seeded(key)) {
					continue;
				}
				var inserted = deliverables.insert(id, key, item.kind(), item.title(), item.description(), item.requirements(),
						item.dueDate(), item.year(), item.recipientCode(), item.recipientUnit(), item.responsibleCode());
				if (inserted.isPresent()) {
					added++;
					auditLog.record(Actor.SYSTEM, "create", "deliverable", inserted.get(), null, item);
				}
			}
		}
		if (added > 0) {
			log.info("Seeded {} rows of the agreements", added);
		}
		return added;
	}
}
