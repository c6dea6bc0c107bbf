package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-memory cache with a time to live, for data read on every partner call and rarely changed. Changes
 * made through this instance take effect at once: what the current transaction wrote is read from the database
 * (uncommitted data is never cached) and dropped from the cache when the transaction ends, and a load that raced
 * with a change is not kept. Changes made by another hub instance show after the time to live.
 */
final class ExpiringCache<K, V> {

	private record Entry<V>(@Nullable V value, long loadedAt) {
	}

	/** What the current transaction wrote: some keys, or everything. */
	private static final class Writes<K> {

		final Set<K> keys = new HashSet<>();
		boolean all;
	}

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();
	private final long ttlNanos;
	private final int maxEntries;
	private final LongSupplier nanoTime;

	ExpiringCache(Duration ttl, int maxEntries) {
		this(ttl, maxEntries, System::nanoTime);
	}

	ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
		this.nanoTime = nanoTime;
	}

	/** The cached value (a cached null means there is none), or the loaded one. */
	@Nullable V get(K key, Function<K, @Nullable V> loader) {
		var writes = writes();
		if (writes != null && (writes.all || writes.keys.contains(key))) {
			return loader.apply(key);
		}
		long now = nanoTime.getAsLong();
		var entry = entries.get(key);
		if (entry != null && now - entry.loadedAt() < ttlNanos) {
			return entry.value();
		}
		long before = generation.get();
		V value = loader.apply(key);
		if (generation.get() == before) {
			if (entries.size() >= maxEntries) {
				entries.clear();
			}
			entries.put(key, new Entry<>(value, now));
		}
		return value;
	}

	/** Forgets a key now and again when the current transaction ends; until then this transaction reads it afresh. */
	void written(K key) {
		forget(key);
		var writes = bind();
		if (writes != null) {
			writes.keys.add(key);
		}
	}

	/** Forgets every key, now and when the current transaction ends, for a write that may change any of them. */
	void writtenAll() {
		clear();
		var writes = bind();
		if (writes != null) {
			writes.all = true;
		}
	}

	void clear() {
		generation.incrementAndGet();
		entries.clear();
	}

	private void forget(K key) {
		generation.incrementAndGet();
		entries.remove(key);
	}

	private @Nullable Writes<K> bind() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		var writes = writes();
		if (writes == null) {
			var bound = new Writes<K>();
			TransactionSynchronizationManager.bindResource(this, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ExpiringCache.this);
					if (bound.all) {
						clear();
					}
					bound.keys.forEach(ExpiringCache.this::forget);
				}
			});
			return bound;
		}
		return writes;
	}

	@SuppressWarnings("unchecked")
	private @Nullable Writes<K> writes() {
		return (Writes<K>) TransactionSynchronizationManager.getResource(this);
	}
}
