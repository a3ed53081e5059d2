package se.rattighetsnavet.indicators.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.rattighetsnavet.indicators.Profile;

/**
 * Profiles change only when values are imported or the cluster is curated, so each is computed once and kept until
 * then. At most one entry per municipality and region.
 */
@Component
class ProfileCache {

	private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

	Profile get(String code, Function<String, Profile> compute) {
		Profile cached = profiles.get(code);
		if (cached != null) {
			return cached;
		}
		Profile computed = compute.apply(code);
		profiles.put(code, computed);
		return computed;
	}

	/** Clears now, and once more after the current transaction commits, so no reader re-caches what is being replaced. */
	void invalidate() {
		profiles.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					profiles.clear();
				}
			});
		}
	}
}
