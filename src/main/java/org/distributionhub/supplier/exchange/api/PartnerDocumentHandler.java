package org.distributionhub.supplier.exchange.api;

import java.util.Optional;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.partners.api.PartnerProfile;

/**
 * Applies one document read from a partner's message in business terms, inside the message's transaction. A
 * document that cannot be put in our terms yet throws {@link MappingFailure}: the exchange parks it for a replay.
 */
public interface PartnerDocumentHandler {

	DocumentOutcome apply(ReceivedMessage message, PartnerDocument document, PartnerProfile profile)
			throws MappingFailure;

	/**
	 * The correlation id of the flow the document answers (the purchase order's it acknowledges, ships or confirms
	 * receipt of), when that order is known and recorded one.
	 */
	Optional<CorrelationId> flowOf(String supplierId, PartnerDocument document);
}
