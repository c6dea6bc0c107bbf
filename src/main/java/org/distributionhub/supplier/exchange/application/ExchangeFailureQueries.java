package org.distributionhub.supplier.exchange.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.api.FindExchangeFailures;
import org.distributionhub.supplier.exchange.ports.out.ExchangeFailures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the operations cockpit's questions about failed exchanges with suppliers. */
@Service
@Transactional(readOnly = true)
class ExchangeFailureQueries implements FindExchangeFailures {

	private final ExchangeFailures failures;

	ExchangeFailureQueries(ExchangeFailures failures) {
		this.failures = failures;
	}

	@Override
	public List<FailedMessage> failedMessages(Instant since, int limit) {
		return failures.failedMessages(since, Math.max(1, limit));
	}

	@Override
	public List<ReusedControlNumber> reusedControlNumbers(Instant since, int limit) {
		return failures.reusedControlNumbers(since, Math.max(1, limit));
	}

	@Override
	public List<GaveUpDelivery> webhooksGivenUp(int limit) {
		return failures.webhooksGivenUp(Math.max(1, limit));
	}
}
