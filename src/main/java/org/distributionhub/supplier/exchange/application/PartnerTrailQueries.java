package org.distributionhub.supplier.exchange.application;

import java.util.Collection;
import java.util.List;

import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.FindPartnerMessages.OutboxView;
import org.distributionhub.supplier.api.FindPartnerTrail;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the partner messages and outbox documents about a business key, through indexed look-ups only. */
@Service
@Transactional(readOnly = true)
class PartnerTrailQueries implements FindPartnerTrail {

	private final InboundMessages messages;
	private final PartnerOutbox outbox;

	PartnerTrailQueries(InboundMessages messages, PartnerOutbox outbox) {
		this.messages = messages;
		this.outbox = outbox;
	}

	@Override
	public List<MessageRow> messagesAbout(String key, int limit) {
		return messages.about(key, limit).stream().map(PartnerMessageQueries::row).toList();
	}

	@Override
	public List<OutboxView> sentUnder(Collection<String> references) {
		return outbox.underReferences(references).stream().map(PartnerMessageQueries::view).toList();
	}
}
