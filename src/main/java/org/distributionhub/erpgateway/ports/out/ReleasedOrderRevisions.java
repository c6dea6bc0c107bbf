package org.distributionhub.erpgateway.ports.out;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.ReleasedOrderRevision;

/** The last published revision of each purchase order, and why an order could not be taken in. */
public interface ReleasedOrderRevisions {

	Optional<ReleasedOrderRevision> find(String poNumber);

	void published(ReleasedOrderRevision revision, String source);

	/** Keeps why an order read from {@code source} was refused; its last published revision stays as it was. */
	void refused(String poNumber, String source, String reason);
}
