package org.distributionhub.supplier.api;

import java.util.Collection;
import java.util.List;

import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.FindPartnerMessages.OutboxView;

/** The partner messages and outbox documents about a business key, for a business object's timeline. */
public interface FindPartnerTrail {

	/**
	 * Messages received whose id, correlation id, interchange control number or purchase order numbers are the key,
	 * oldest first, at most {@code limit}.
	 */
	List<MessageRow> messagesAbout(String key, int limit);

	/**
	 * What went out under these references: a purchase order's revisions ({@code <PO number>/r<revision>}) and the
	 * answers (997, CONTRL, TA1) to a received message (its id), oldest first.
	 */
	List<OutboxView> sentUnder(Collection<String> references);
}
