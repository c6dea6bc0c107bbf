package org.distributionhub.erpgateway.application;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * The Resilience4j rate limiter and circuit breaker named "erp" (configured under resilience4j.*) around every ERP
 * call. Only transient failures count against the circuit: an ERP that refuses a posting as invalid is up.
 */
@Component
class ErpCallGuard {

	static final String INSTANCE = "erp";

	private final CircuitBreaker circuit;
	private final RateLimiter rate;

	ErpCallGuard(CircuitBreakerRegistry circuits, RateLimiterRegistry rates) {
		this.circuit = circuits.circuitBreaker(INSTANCE);
		this.rate = rates.rateLimiter(INSTANCE);
	}

	/**
	 * How many postings a round may claim: none while the circuit is open, a few probes while it is half open. An
	 * open circuit whose wait is over turns half open here even without automatic transition.
	 */
	int admissible(int batchSize) {
		var state = circuit.getState();
		if (state == CircuitBreaker.State.OPEN && circuit.tryAcquirePermission()) {
			circuit.releasePermission();
			state = circuit.getState();
		}
		return switch (state) {
			case CLOSED, DISABLED, METRICS_ONLY -> batchSize;
			case HALF_OPEN -> Math.min(batchSize,
					circuit.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState());
			case OPEN, FORCED_OPEN -> 0;
		};
	}

	/** The call's result, or empty when the rate limit or the circuit did not let it through (nothing was sent). */
	Optional<ErpResult> call(Supplier<ErpResult> call) {
		if (!rate.acquirePermission()) {
			return Optional.empty();
		}
		if (!circuit.tryAcquirePermission()) {
			return Optional.empty();
		}
		long start = System.nanoTime();
		ErpResult result;
		try {
			result = call.get();
		}
		catch (RuntimeException e) {
			circuit.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
			throw e;
		}
		if (result instanceof ErpResult.TransientFailure failure) {
			circuit.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, new ErpUnavailable(failure.reason()));
		}
		else {
			circuit.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		return Optional.of(result);
	}

	CircuitBreaker.State state() {
		return circuit.getState();
	}

	/** What the circuit breaker records for a transient failure. */
	static final class ErpUnavailable extends RuntimeException {

		ErpUnavailable(String reason) {
			super(reason, null, false, false);
		}
	}
}
