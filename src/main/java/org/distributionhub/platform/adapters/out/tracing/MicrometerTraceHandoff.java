package org.distributionhub.platform.adapters.out.tracing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.distributionhub.platform.correlation.TraceHandoff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Remembers the trace context of the last {@value #CAPACITY} pieces of stored work, the oldest forgotten first, and
 * opens a span in that trace when the work is sent.
 */
@Component
class MicrometerTraceHandoff implements TraceHandoff {

	static final int CAPACITY = 10_000;

	private final Tracer tracer;
	private final Map<UUID, TraceContext> remembered = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f,
			false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, TraceContext> eldest) {
			return size() > CAPACITY;
		}
	});

	MicrometerTraceHandoff(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	public void remember(UUID key) {
		Span current = tracer.currentSpan();
		if (current != null) {
			remembered.put(key, current.context());
		}
	}

	@Override
	public <T> T continueFor(UUID key, String name, Supplier<T> work) {
		if (tracer == Tracer.NOOP) {
			return work.get();
		}
		@Nullable TraceContext parent = remembered.get(key);
		Span span = (parent == null ? tracer.spanBuilder().setNoParent() : tracer.spanBuilder().setParent(parent))
			.name(name)
			.start();
		try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
			return work.get();
		}
		catch (RuntimeException | Error e) {
			span.error(e);
			throw e;
		}
		finally {
			span.end();
		}
	}
}
