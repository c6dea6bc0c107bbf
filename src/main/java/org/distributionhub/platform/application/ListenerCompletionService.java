package org.distributionhub.platform.application;

import java.util.UUID;

import org.distributionhub.platform.ports.in.CompleteListenerDelivery;
import org.distributionhub.platform.ports.out.DeliveryCompletion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completes a listener's publication in the listener's own transaction: one commit per delivery instead of three
 * (Spring Modulith's PROCESSING mark, the listener, its COMPLETED mark). Spring Modulith's mark after the commit
 * then finds the publication completed and writes nothing; after a rollback it marks the publication FAILED as
 * before.
 */
@Service
class ListenerCompletionService implements CompleteListenerDelivery {

	private final DeliveriesInProgress deliveries;
	private final DeliveryCompletion completion;

	ListenerCompletionService(DeliveriesInProgress deliveries, DeliveryCompletion completion) {
		this.deliveries = deliveries;
		this.completion = completion;
	}

	@Override
	public void begin(String listenerId) {
		deliveries.begin(listenerId);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void completeWithListenerWork(String listenerId) {
		UUID publication = deliveries.publicationFor(listenerId);
		// A read-only transaction cannot move the publication; Spring Modulith completes it after the commit.
		if (publication == null || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return;
		}
		completion.complete(publication, listenerId);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					deliveries.committed(publication);
				}
			}
		});
	}

	@Override
	public void end() {
		deliveries.end();
	}
}
