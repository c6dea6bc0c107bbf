package org.distributionhub.supplier.partners.api;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.procurement.domain.StatusCodes;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * How we trade with one supplier: the channels it may send on and the one its purchase orders go out on, its EDI
 * identity, its webhook, how long it has to acknowledge, what happens to unconfirmed remainders, its own status
 * codes (partner code -> one of our line outcomes, see {@code StatusCodes}), its item cross-reference, its phase
 * (only a LIVE supplier changes live data), whether it always gets a CONTRL for its EDIFACT interchanges and where
 * its 855s put a changed price.
 * API keys are kept apart (they are secrets, rotated on their own).
 */
@AggregateRoot
public record PartnerProfile(@Identity String supplierId, String name, Set<Channel> inboundChannels,
		Channel purchaseOrderChannel, @Nullable EdiIdentity ediIdentity, @Nullable URI webhookUrl,
		Duration acknowledgementDue, RemainderPolicy remainderPolicy, Map<String, String> codeMap,
		List<ItemMapping> items, boolean active, PartnerPhase phase, boolean sendContrl,
		PriceChangeSource priceChangeSource) {

	/**
	 * A live profile that sends CONTRL only when an interchange asks for one (UNB 0031), whose price changes come in
	 * CTP when there is one, else in PO104.
	 */
	public PartnerProfile(String supplierId, String name, Set<Channel> inboundChannels, Channel purchaseOrderChannel,
			@Nullable EdiIdentity ediIdentity, @Nullable URI webhookUrl, Duration acknowledgementDue,
			RemainderPolicy remainderPolicy, Map<String, String> codeMap, List<ItemMapping> items, boolean active) {
		this(supplierId, name, inboundChannels, purchaseOrderChannel, ediIdentity, webhookUrl, acknowledgementDue,
				remainderPolicy, codeMap, items, active, PartnerPhase.LIVE, false, PriceChangeSource.CTP_OR_PO104);
	}

	public PartnerProfile {
		if (priceChangeSource == null) {
			priceChangeSource = PriceChangeSource.CTP_OR_PO104;
		}
		if (supplierId == null || !supplierId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new IllegalArgumentException(
					"A supplier id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A supplier needs a name");
		}
		inboundChannels = Set.copyOf(inboundChannels);
		codeMap = Map.copyOf(codeMap);
		phase = phase == null ? PartnerPhase.LIVE : phase;
		items = List.copyOf(items);
		var parts = new HashSet<String>();
		for (ItemMapping item : items) {
			if (!parts.add(item.supplierPart())) {
				throw new IllegalArgumentException(
						"Supplier part " + item.supplierPart() + " is mapped twice in the item cross-reference");
			}
		}
		if (acknowledgementDue == null || acknowledgementDue.isNegative() || acknowledgementDue.isZero()) {
			throw new IllegalArgumentException("The acknowledgement due time must be positive, such as PT48H");
		}
		if ((purchaseOrderChannel == Channel.X12 || purchaseOrderChannel == Channel.EDIFACT) && ediIdentity == null) {
			throw new IllegalArgumentException("A supplier that receives EDI purchase orders needs an EDI identity");
		}
		if (purchaseOrderChannel == Channel.API && webhookUrl == null) {
			throw new IllegalArgumentException("A supplier that receives purchase orders by API needs a webhook URL");
		}
	}

	/** This profile with another item cross-reference. */
	public PartnerProfile withItems(List<ItemMapping> newItems) {
		return new PartnerProfile(supplierId, name, inboundChannels, purchaseOrderChannel, ediIdentity, webhookUrl,
				acknowledgementDue, remainderPolicy, codeMap, newItems, active, phase, sendContrl, priceChangeSource);
	}

	/** This profile switched off: its API keys stop working and nothing more is sent to it; it stays on record. */
	public PartnerProfile deactivated() {
		return new PartnerProfile(supplierId, name, inboundChannels, purchaseOrderChannel, ediIdentity, webhookUrl,
				acknowledgementDue, remainderPolicy, codeMap, items, false, phase, sendContrl, priceChangeSource);
	}

	/** Whether this supplier's messages may change live data; before LIVE everything it sends is test traffic. */
	public boolean live() {
		return phase == PartnerPhase.LIVE;
	}

	/** The mapping of one of the supplier's part numbers, if its cross-reference has one. */
	public Optional<ItemMapping> item(String supplierPart) {
		return items.stream().filter(it -> it.supplierPart().equals(supplierPart.strip())).findFirst();
	}
}
