package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.platform.api.PageOf;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.MappingExceptions;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of partner messages for the partner API (tracking, outbox pull) and the console. */
@Service
@Transactional(readOnly = true)
class PartnerMessageQueries implements FindPartnerMessages {

	private final InboundMessages messages;
	private final MappingExceptions parked;
	private final PartnerOutbox outbox;
	private final Clock clock;
	private final PartnerFormats formats;

	PartnerMessageQueries(InboundMessages messages, MappingExceptions parked, PartnerOutbox outbox,
			Clock clock, PartnerFormats formats) {
		this.messages = messages;
		this.parked = parked;
		this.outbox = outbox;
		this.clock = clock;
		this.formats = formats;
	}

	@Override
	public Optional<MessageReceipt> receipt(UUID trackingId) {
		return messages.find(trackingId).map(stored -> MessageOutcome.receipt(stored, false, false));
	}

	@Override
	public Optional<MessageContent> content(UUID trackingId) {
		return messages.find(trackingId).map(stored -> new MessageContent(stored.id(), stored.supplierId(),
				stored.contentType(), stored.fileName(), stored.content(), formats.text(stored.channel(), stored.content())));
	}

	@Override
	public MessagePage messages(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
			@Nullable String text, @Nullable Boolean test, int page, int size) {
		StoredMessage.Page found = messages.list(new StoredMessage.Filter(supplierId, status, channel, text, test),
				page, size);
		return new MessagePage(found.rows().stream().map(PartnerMessageQueries::row).toList(), found.total(), page,
				size);
	}

	@Override
	public List<ParkedView> parked(@Nullable String supplierId, boolean openOnly, int limit) {
		return parked.list(supplierId, openOnly, limit).stream().map(PartnerMessageQueries::view).toList();
	}

	private static ParkedView view(MappingExceptions.Parked entry) {
		return new ParkedView(entry.id(), entry.messageId(), entry.documentIndex(), entry.supplierId(),
				entry.poNumber(), entry.reason(), entry.status(), entry.parkedAt(), entry.resolvedAt(), entry.replays(),
				entry.outcome());
	}

	@Override
	public PageOf<ParkedView> parked(@Nullable String supplierId, boolean openOnly, int page, int size) {
		var items = parked.list(supplierId, openOnly, (long) page * size, size).stream()
			.map(PartnerMessageQueries::view)
			.toList();
		return new PageOf<>(items, page, size, parked.count(supplierId, openOnly));
	}

	@Override
	public List<PurchaseOrderMessage> purchaseOrderMessages(String supplierId, String poNumber) {
		return messages.aboutPurchaseOrder(supplierId, poNumber).stream()
			.filter(message -> !message.documents().isEmpty())
			.map(message -> new PurchaseOrderMessage(message.id(), message.channel(), message.receivedAt(),
					message.status(), message.test(), message.documents()))
			.toList();
	}

	@Override
	public List<OutboxView> outbox(String supplierId, boolean unpulledOnly, int limit) {
		return outbox.list(supplierId, unpulledOnly, limit).stream().map(PartnerMessageQueries::view).toList();
	}

	static MessageRow row(StoredMessage.Header row) {
		return new MessageRow(row.id(), row.supplierId(), row.channel(), row.source(), row.fileName(),
				row.receivedAt(), row.correlationId(), row.size(), row.status(), row.summary(), row.test());
	}

	static OutboxView view(PartnerOutbox.Entry entry) {
		return new OutboxView(entry.id(), entry.supplierId(), entry.kind(), entry.channel(), entry.reference(),
				entry.fileName(), entry.contentType(), entry.createdAt(), entry.delivery(), entry.deliveryStatus(),
				entry.attempts(), entry.lastError(), entry.deliveredAt(), entry.pulledAt());
	}

	@Override
	public Optional<OutboxContent> outboxContent(UUID id) {
		return outbox.find(id).map(entry -> new OutboxContent(entry.id(), entry.supplierId(), entry.fileName(),
				entry.contentType(), entry.content()));
	}

	@Override
	@Transactional
	public void markPulled(UUID id) {
		outbox.pulled(id, clock.instant());
	}
}
