package org.distributionhub.supplier.partners.ports.in;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A supplier profile as an admin writes it, in the admin API's JSON and in config/partners/*.yml alike. Every field
 * is checked by the use case, which names the field path of whatever is wrong. Channels are API, X12, EDIFACT or
 * CSV; {@code acknowledgementDue} is an ISO-8601 duration (PT48H) or a number with m, h or d (48h); code map values
 * are line outcomes (ACCEPTED, BACKORDERED, ...). Omitted: inbound channels default to the purchase order channel,
 * the due time to 48h, the remainder policy to CANCEL, active to true, the phase (ONBOARDING, TESTING, LIVE) to
 * LIVE, sendContrl (a CONTRL for every EDIFACT interchange, not only when UNB 0031 asks) to false, the price change
 * source (where an 855 puts the new price of an IP line: CTP, PO104 or CTP_OR_PO104) to CTP_OR_PO104.
 */
public record SupplierProfileData(@Nullable String id, @Nullable String name, @Nullable List<String> inboundChannels,
		@Nullable String purchaseOrderChannel, @Nullable EdiIdentityData ediIdentity, @Nullable String webhookUrl,
		@Nullable String acknowledgementDue, @Nullable String remainderPolicy, @Nullable Map<String, String> codeMap,
		@Nullable Boolean active, @Nullable String phase, @Nullable Boolean sendContrl,
		@Nullable String priceChangeSource) {

	/** Profile data without a phase (LIVE), a CONTRL wish (only when an interchange asks) or a price change source. */
	public SupplierProfileData(@Nullable String id, @Nullable String name, @Nullable List<String> inboundChannels,
			@Nullable String purchaseOrderChannel, @Nullable EdiIdentityData ediIdentity, @Nullable String webhookUrl,
			@Nullable String acknowledgementDue, @Nullable String remainderPolicy,
			@Nullable Map<String, String> codeMap, @Nullable Boolean active) {
		this(id, name, inboundChannels, purchaseOrderChannel, ediIdentity, webhookUrl, acknowledgementDue,
				remainderPolicy, codeMap, active, null, null, null);
	}

	/** The supplier's identity in EDI envelopes: ISA05/06 (UNB sender) qualifier and id, and its GS02 id. */
	public record EdiIdentityData(@Nullable String qualifier, @Nullable String id, @Nullable String groupId) {
	}
}
