package org.distributionhub.supplier.partners.application;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.in.ApiKeyView;
import org.distributionhub.supplier.partners.ports.in.ItemMappingView;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.distributionhub.supplier.partners.ports.in.SupplierView;

/** Views of profiles, mappings and keys for the use cases' callers: plain values, channels in a stable order. */
final class SupplierViews {

	private SupplierViews() {
	}

	static SupplierView of(PartnerProfile profile) {
		var edi = profile.ediIdentity();
		return new SupplierView(profile.supplierId(), profile.name(), profile.active(),
				profile.inboundChannels().stream().sorted().map(Enum::name).toList(),
				profile.purchaseOrderChannel().name(),
				edi == null ? null : new EdiIdentityData(edi.qualifier(), edi.id(), edi.groupId()),
				profile.webhookUrl() == null ? null : profile.webhookUrl().toString(),
				profile.acknowledgementDue().toString(), profile.remainderPolicy().name(),
				new TreeMap<>(profile.codeMap()), profile.items().size(), profile.phase().name(),
				profile.sendContrl(), profile.priceChangeSource().name());
	}

	/** The profile as an admin would write it, with another code map: to check a change by the profile's rules. */
	static SupplierProfileData data(PartnerProfile profile, Map<String, String> codeMap) {
		var view = of(profile);
		return new SupplierProfileData(view.id(), view.name(), view.inboundChannels(), view.purchaseOrderChannel(),
				view.ediIdentity(), view.webhookUrl(), view.acknowledgementDue(), view.remainderPolicy(), codeMap,
				view.active(), view.phase(), view.sendContrl(), view.priceChangeSource());
	}

	static ItemMappingView of(ItemMapping item) {
		return new ItemMappingView(item.supplierPart(), item.sku().code(), item.gtin(), item.supplierUnit().code(),
				item.ourUnit().code(), item.factor());
	}

	static ApiKeyView of(ApiKey key, Instant now) {
		var status = key.status(now);
		return new ApiKeyView(key.keyId(), key.supplierId(), key.label(), key.createdAt(), key.createdBy(),
				key.revokedAt(), key.lastUsedAt(), status == ApiKey.Status.ACTIVE, key.expiresAt(), status.name());
	}
}
