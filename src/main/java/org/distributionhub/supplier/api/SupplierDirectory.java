package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the console shows of the suppliers: profiles, channels, API keys (never a secret) and the cross-reference. */
public interface SupplierDirectory {

	/** Every supplier, by id. */
	List<SupplierSummary> suppliers();

	/** One supplier with its keys and the first {@code itemRows} mappings of its cross-reference, by part. */
	Optional<SupplierDetail> supplier(String supplierId, int itemRows);

	/** {@code ediSender} is the EDI qualifier and id as ZZ:ACMEX12, null when the supplier trades no EDI. */
	record SupplierSummary(String id, String name, boolean active, String purchaseOrderChannel,
			List<String> inboundChannels, @Nullable String ediSender, int itemCount, int activeKeys) {
	}

	record SupplierDetail(SupplierSummary summary, @Nullable String ediQualifier, @Nullable String ediId,
			@Nullable String ediGroupId, @Nullable String webhookUrl, String acknowledgementDue,
			String remainderPolicy, Map<String, String> codeMap, List<KeySummary> keys, List<ItemSummary> firstItems,
			String phase, boolean sendContrl, String priceChangeSource) {
	}

	/** {@code status} is ACTIVE, EXPIRED or REVOKED. */
	record KeySummary(String keyId, String label, Instant createdAt, String createdBy, @Nullable Instant revokedAt,
			@Nullable Instant lastUsedAt, @Nullable Instant expiresAt, String status) {

		/** Whether the key works now. */
		public boolean active() {
			return "ACTIVE".equals(status);
		}
	}

	record ItemSummary(String supplierPart, String sku, @Nullable String gtin, String supplierUnit, String ourUnit,
			BigDecimal factor) {
	}
}
