package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.CorrelationId;

import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerDocumentHandler;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.ports.out.MappingExceptions;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hands one document of a partner message to procurement inside the message's transaction. A document that cannot
 * be mapped is parked with its reason, to be replayed once the mapping exists; one our model refuses is refused.
 */
@Component
class DocumentProcessor {

	private final PartnerDocumentHandler handler;
	private final MappingExceptions parked;
	private final Clock clock;

	DocumentProcessor(PartnerDocumentHandler handler, MappingExceptions parked, Clock clock) {
		this.handler = handler;
		this.parked = parked;
		this.clock = clock;
	}

	DocumentOutcome process(ReceivedMessage message, int index, PartnerDocument document, PartnerProfile profile) {
		try {
			return handler.apply(message, document, profile);
		}
		catch (MappingFailure failure) {
			String po = poNumber(document);
			parked.park(message.id(), index, message.supplierId(), po, failure.getMessage(), clock.instant());
			return new DocumentOutcome(document.documentId(), kind(document), po, DocumentResult.PARKED, failure.getMessage());
		}
		catch (IllegalArgumentException invalid) {
			// A value our model refuses (a PO number too long, a negative quantity...): this document is refused.
			return new DocumentOutcome(document.documentId(), kind(document), shortPo(document), DocumentResult.REFUSED,
					invalid.getMessage());
		}
	}

	/** The flow the first document that answers a known purchase order belongs to, if any. */
	Optional<CorrelationId> flowOf(String supplierId, List<PartnerDocument> documents) {
		return documents.stream()
			.map(document -> handler.flowOf(supplierId, document))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static @Nullable String shortPo(PartnerDocument document) {
		String po = poNumber(document);
		return po == null || po.length() <= 40 ? po : po.substring(0, 40);
	}

	static DocumentKind kind(PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement) {
			return DocumentKind.ACKNOWLEDGEMENT;
		}
		if (document instanceof ReceivedInvoice) {
			return DocumentKind.INVOICE;
		}
		return document instanceof ReceivedShipNotice ? DocumentKind.SHIP_NOTICE : DocumentKind.FUNCTIONAL_ACK;
	}

	static @Nullable String poNumber(PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement ack) {
			return ack.poNumber();
		}
		if (document instanceof ReceivedShipNotice notice) {
			return notice.items().isEmpty() ? null : notice.items().get(0).poNumber();
		}
		if (document instanceof ReceivedInvoice invoice) {
			return invoice.poNumber() != null || invoice.lines().isEmpty() ? invoice.poNumber()
					: invoice.lines().get(0).poNumber();
		}
		return null;
	}
}
