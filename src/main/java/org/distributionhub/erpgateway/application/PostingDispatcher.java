package org.distributionhub.erpgateway.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.UnreadablePayload;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.out.DispatchOutcomes;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.distributionhub.platform.correlation.TraceHandoff;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Dispatch rounds: claim the due postings in one short transaction (at most one per business key, so order per key
 * holds while keys go in parallel), send them on a bounded pool of hub.erp.dispatch.concurrency threads (the ERP's
 * bulkhead) through the rate limiter and circuit breaker, and store each outcome as it comes, on a pool of its own
 * so a sender never waits for the database. A posting whose outcome could not be stored stays in flight until its
 * lease runs out; the next claim then asks the ERP for it before sending it again. Each attempt is a span in the trace
 * the posting was recorded in.
 */
@Service
class PostingDispatcher implements DispatchPostings {

	private static final Logger LOG = LoggerFactory.getLogger(PostingDispatcher.class);

	private final PostingLedger ledger;
	private final ErpClient erp;
	private final ErpCallGuard guard;
	private final TransactionTemplate transaction;
	private final ErpGatewayProperties properties;
	private final Clock clock;
	private final DispatchOutcomes outcomes;
	private final ErpStatusBoard board;
	private final ExecutorService senders;
	private final ExecutorService writers;
	private final TraceHandoff traces;

	PostingDispatcher(PostingLedger ledger, ErpClient erp, ErpCallGuard guard, PlatformTransactionManager transactions,
			ErpGatewayProperties properties, Clock clock, DispatchOutcomes outcomes, ErpStatusBoard board,
			TraceHandoff traces) {
		this.traces = traces;
		this.ledger = ledger;
		this.erp = erp;
		this.guard = guard;
		this.outcomes = outcomes;
		this.board = board;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
		this.senders = pool(properties.dispatch().concurrency(), "erp-dispatch-");
		this.writers = pool(properties.dispatch().concurrency(), "erp-outcome-");
	}

	@Override
	public DispatchRound dispatchDue() {
		int admissible = guard.admissible(properties.dispatch().batchSize());
		if (admissible == 0) {
			return DispatchRound.skipped();
		}
		List<Posting> claimed = transaction.execute(status -> claim(admissible));
		var outcomes = claimed.stream()
			.map(posting -> CompletableFuture.supplyAsync(() -> attempt(posting), senders)
				.thenApplyAsync(answer -> traces.continueFor(posting.id(), "erp outcome " + posting.type(),
					() -> store(posting, answer)), writers))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		return new DispatchRound(claimed.size(), count(outcomes, Outcome.SENT), count(outcomes, Outcome.RETRYING),
				count(outcomes, Outcome.PARKED), count(outcomes, Outcome.RELEASED), false);
	}

	/**
	 * {@code now} in the database's precision (microseconds): the database rounds a finer instant to the microsecond, so
	 * it could find a posting due that the same instant in nanoseconds says is not yet, and the claim would refuse it.
	 */
	private List<Posting> claim(int limit) {
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var leaseUntil = now.plus(properties.dispatch().lease());
		return ledger.lockClaimable(now, limit).stream().flatMap(posting -> {
			posting.claim(now, leaseUntil);
			return ledger.update(posting).stream();
		}).toList();
	}

	/** The ERP call, on a sender thread: its answer, or empty when the rate limiter or circuit held it back. */
	private Optional<ErpResult> attempt(Posting posting) {
		try {
			return traces.continueFor(posting.id(), "erp " + posting.type(), () -> guard.call(() -> sendOnce(posting)));
		}
		catch (RuntimeException e) {
			return Optional.of(new ErpResult.TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage(),
					"other"));
		}
	}

	/** The outcome stored, on a writer thread, so the sender is free for the next ERP call meanwhile. */
	private Outcome store(Posting posting, Optional<ErpResult> answer) {
		try {
			Outcome outcome;
			if (answer.isEmpty()) {
				posting.release();
				outcome = Outcome.RELEASED;
			}
			else {
				outcome = apply(posting, answer.get());
			}
			if (ledger.update(posting).isEmpty()) {
				LOG.warn("Posting {} ({} #{}) was taken over after its lease ran out; its outcome {} is dropped",
						posting.id(), posting.businessKey(), posting.sequence(), outcome);
				return Outcome.LOST;
			}
			tell(posting, outcome, answer.orElse(null));
			return outcome;
		}
		catch (RuntimeException e) {
			LOG.error("Could not store the outcome of posting {} ({} #{}); it is retried when its lease runs out",
					posting.id(), posting.businessKey(), posting.sequence(), e);
			return Outcome.LOST;
		}
	}

	private Outcome apply(Posting posting, ErpResult result) {
		var now = clock.instant();
		if (result instanceof ErpResult.Accepted accepted) {
			posting.markSent(accepted.reference(), now);
			return Outcome.SENT;
		}
		if (result instanceof ErpResult.PermanentFailure failure) {
			LOG.warn("ERP refused posting {} ({} #{}); parked: {}", posting.id(), posting.businessKey(),
					posting.sequence(), failure.reason());
			posting.failPermanently(failure.reason());
			return Outcome.PARKED;
		}
		var failure = (ErpResult.TransientFailure) result;
		posting.failTransiently(failure.reason(), now, properties.retry().backoff(),
				() -> ThreadLocalRandom.current().nextDouble());
		return Outcome.RETRYING;
	}

	private void tell(Posting posting, Outcome outcome, @Nullable ErpResult result) {
		var now = clock.instant();
		switch (outcome) {
			case SENT -> {
				outcomes.sent(posting);
				board.succeeded(now);
			}
			case RETRYING, PARKED -> {
				outcomes.failed(posting, result);
				board.failed(posting, result, now);
			}
			case RELEASED -> outcomes.released(posting);
			case LOST -> {
			}
		}
	}

	/**
	 * Asks the ERP first whenever an earlier attempt may have reached it, so a lost answer creates no duplicate. A
	 * payload the ledger could not read is refused for good without troubling the ERP.
	 */
	private ErpResult sendOnce(Posting posting) {
		if (posting.payload() instanceof UnreadablePayload unreadable) {
			return new ErpResult.PermanentFailure(unreadable.problem(), "payload");
		}
		try {
			if (posting.mayHaveReachedErp()) {
				var existing = erp.findByReference(posting);
				if (existing.isPresent()) {
					LOG.info("Posting {} ({} #{}) was already in the ERP as {}", posting.id(), posting.businessKey(),
							posting.sequence(), existing.get());
					return new ErpResult.Accepted(existing.get());
				}
			}
			return erp.send(posting);
		}
		catch (ErpCallFailed e) {
			return e.failure();
		}
		catch (RuntimeException e) {
			return new ErpResult.TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), "other");
		}
	}

	private static int count(List<Outcome> outcomes, Outcome wanted) {
		return (int) outcomes.stream().filter(wanted::equals).count();
	}

	private static ExecutorService pool(int size, String name) {
		var threads = new AtomicInteger();
		return Executors.newFixedThreadPool(size, task -> {
			var thread = new Thread(task, name + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		senders.shutdown();
		writers.shutdown();
	}

	private enum Outcome {
		SENT, RETRYING, PARKED, RELEASED, LOST
	}
}
