package org.distributionhub.erpgateway.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A change to record for the ERP: its payload, its keys, and the postings it must come after. The factories compute
 * the keys and prerequisites of each type, so every caller records a fact the same way.
 */
@ValueObject
public record PostingRequest(PostingPayload payload, PostingKeys keys, List<Prerequisite> requires) {

	public PostingRequest {
		requires = List.copyOf(requires);
	}

	public static PostingRequest acknowledgementUpdate(AcknowledgementUpdate update, UUID eventId) {
		return new PostingRequest(update, PostingKeys.of(update, eventId), List.of());
	}

	public static PostingRequest goodsReceipt(GoodsReceipt receipt) {
		return new PostingRequest(receipt, PostingKeys.of(receipt), List.of());
	}

	public static PostingRequest shipment(Shipment shipment) {
		return new PostingRequest(shipment, PostingKeys.of(shipment), List.of());
	}

	public static PostingRequest customerInvoice(CustomerInvoice invoice) {
		return new PostingRequest(invoice, PostingKeys.of(invoice), InvoiceAfterShipmentsRule.prerequisitesOf(invoice));
	}

	public static PostingRequest vendorBill(VendorBill bill) {
		return new PostingRequest(bill, PostingKeys.of(bill), BillAfterReceiptsRule.prerequisitesOf(bill));
	}

	public PostingType type() {
		return payload.type();
	}

	/** The first posting this one must come after that is not recorded yet, by the given test of idempotency keys. */
	public Optional<Prerequisite> firstMissing(Predicate<String> recorded) {
		return requires.stream().filter(required -> !recorded.test(required.idempotencyKey())).findFirst();
	}

	/** Why this request waits for a missing prerequisite, for the listener's failure and the operator. */
	public String waitingFor(Prerequisite missing) {
		return "The %s %s of %s is waiting for %s (%s)".formatted(type().describe(), keys.idempotencyKey(),
				keys.businessKey(), missing.description(), missing.idempotencyKey());
	}
}
