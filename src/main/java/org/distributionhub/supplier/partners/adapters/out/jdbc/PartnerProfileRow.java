package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerPhase;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PriceChangeSource;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of supplier_profile with its inbound channels and code map, the small collections Spring Data JDBC rewrites
 * whole on every save. The item cross-reference is not mapped here: it can hold thousands of rows and is written as
 * a difference by {@link JdbcPartnerProfiles}.
 */
@Table("supplier_profile")
record PartnerProfileRow(@Id String supplierId, String name, String purchaseOrderChannel, @Nullable String ediQualifier,
		@Nullable String ediId, @Nullable String ediGroupId, @Nullable String ediSender, @Nullable String webhookUrl,
		String acknowledgementDue, String remainderPolicy, boolean active, @Nullable String phase, boolean sendContrl,
		Instant updatedAt,
		@MappedCollection(idColumn = "supplier_id") Set<ChannelRow> inboundChannels,
		@MappedCollection(idColumn = "supplier_id", keyColumn = "partner_code") Map<String, CodeRow> codeMap,
		@Nullable String priceChangeSource) {

	/** A row of supplier_inbound_channel. */
	@Table("supplier_inbound_channel")
	record ChannelRow(String channel) {
	}

	/** A row of supplier_code_map, keyed by partner_code. */
	@Table("supplier_code_map")
	record CodeRow(String lineOutcome) {
	}

	static PartnerProfileRow of(PartnerProfile profile, Instant updatedAt) {
		var edi = profile.ediIdentity();
		return new PartnerProfileRow(profile.supplierId(), profile.name(), profile.purchaseOrderChannel().name(),
				edi == null ? null : edi.qualifier(), edi == null ? null : edi.id(), edi == null ? null : edi.groupId(),
				edi == null ? null : JdbcPartnerProfiles.sender(edi.qualifier(), edi.id()),
				profile.webhookUrl() == null ? null : profile.webhookUrl().toString(),
				profile.acknowledgementDue().toString(), profile.remainderPolicy().name(), profile.active(),
				profile.phase().name(), profile.sendContrl(), updatedAt,
				profile.inboundChannels().stream().map(it -> new ChannelRow(it.name())).collect(Collectors.toSet()),
				profile.codeMap()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, it -> new CodeRow(it.getValue()))),
				profile.priceChangeSource().name());
	}

	PartnerProfile toProfile(List<ItemMapping> items) {
		return new PartnerProfile(supplierId, name,
				inboundChannels.stream().map(it -> Channel.valueOf(it.channel())).collect(Collectors.toSet()),
				Channel.valueOf(purchaseOrderChannel),
				ediQualifier == null ? null : new EdiIdentity(ediQualifier, ediId, ediGroupId),
				webhookUrl == null ? null : URI.create(webhookUrl), Duration.parse(acknowledgementDue),
				RemainderPolicy.valueOf(remainderPolicy),
				codeMap.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, it -> it.getValue().lineOutcome())),
				items, active, phase == null ? PartnerPhase.LIVE : PartnerPhase.valueOf(phase), sendContrl,
				priceChangeSource == null ? PriceChangeSource.CTP_OR_PO104 : PriceChangeSource.valueOf(priceChangeSource));
	}
}
