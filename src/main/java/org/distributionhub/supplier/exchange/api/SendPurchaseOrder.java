package org.distributionhub.supplier.exchange.api;

import java.util.OptionalLong;

import org.distributionhub.supplier.partners.api.PartnerProfile;

/**
 * Sends a purchase order to its supplier: writes it in the supplier's format and queues it in the partner outbox, in
 * the caller's transaction. For EDI partners it answers the group control number it went out in, which the supplier's
 * 997 will name.
 */
public interface SendPurchaseOrder {

	OptionalLong send(OutboundPurchaseOrder order, PartnerProfile profile);
}
