package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.api.FindExchangeFailures.FailedMessage;
import org.distributionhub.supplier.api.FindExchangeFailures.GaveUpDelivery;
import org.distributionhub.supplier.api.FindExchangeFailures.ReusedControlNumber;

/** The stored messages and outbox entries that record a failure, read by index. */
public interface ExchangeFailures {

	List<FailedMessage> failedMessages(Instant since, int limit);

	List<ReusedControlNumber> reusedControlNumbers(Instant since, int limit);

	List<GaveUpDelivery> webhooksGivenUp(int limit);
}
