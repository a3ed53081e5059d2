package se.rattighetsnavet.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.rattighetsnavet.indicators.Profile;

/**
 * Profiles change only when values are imported or the cluster is curated, so each is computed once per data version
 * and kept until then; so are the per-(KPI, year) peer slices that every profile's ranks come from. At most one profile
 * per municipality and region. A result computed while the data changed is not kept.
 */
@Component
class ProfileCache {

	private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
	private final Map<PeerSlice.Key, PeerSlice> slices = new ConcurrentHashMap<>();
	private final AtomicLong version = new AtomicLong();

	Profile get(String code, Function<String, Profile> compute) {
		Profile cached = profiles.get(code);
		if (cached != null) {
			return cached;
		}
		return keep(profiles, code, () -> compute.apply(code));
	}

	/** The slices of the given keys; the missing ones are loaded together in one call. */
	Map<PeerSlice.Key, PeerSlice> slices(List<PeerSlice.Key> keys,
			Function<List<PeerSlice.Key>, Map<PeerSlice.Key, PeerSlice>> load) {
		Map<PeerSlice.Key, PeerSlice> found = new HashMap<>();
		List<PeerSlice.Key> missing = keys.stream().distinct().filter(key -> {
			PeerSlice slice = slices.get(key);
			if (slice != null) {
				found.put(key, slice);
			}
			return slice == null;
		}).toList();
		if (!missing.isEmpty()) {
			long before = version.get();
			Map<PeerSlice.Key, PeerSlice> loaded = load.apply(missing);
			found.putAll(loaded);
			if (version.get() == before) {
				slices.putAll(loaded);
				if (version.get() != before) {
					slices.clear();
				}
			}
		}
		return found;
	}

	private <K, V> V keep(Map<K, V> cache, K key, Supplier<V> compute) {
		long before = version.get();
		V computed = compute.get();
		if (version.get() == before) {
			cache.put(key, computed);
			if (version.get() != before) {
				cache.remove(key, computed);
			}
		}
		return computed;
	}

	/** Clears now, and once more after the current transaction commits, so no reader re-caches what is being replaced. */
	void invalidate() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					clear();
				}
			});
		}
	}

	private void clear() {
		version.incrementAndGet();
		profiles.clear();
		slices.clear();
	}
}
