package org.distributionhub.supplier.partners.ports.in;

import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.jspecify.annotations.Nullable;

/** A supplier profile as stored, in the shape it is written in, with the size of its item cross-reference. */
public record SupplierView(String id, String name, boolean active, List<String> inboundChannels,
		String purchaseOrderChannel, @Nullable EdiIdentityData ediIdentity, @Nullable String webhookUrl,
		String acknowledgementDue, String remainderPolicy, Map<String, String> codeMap, int itemCount, String phase,
		boolean sendContrl, String priceChangeSource) {
}
