package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.time.Duration;
import java.time.ZoneId;

import org.distributionhub.erpgateway.domain.Remainder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.erp.erpnext.*: where ERPNext is, the API key and secret of the hub's user, the custom field that keeps our
 * reference on receipts, delivery notes and invoices (a Data field, best made unique), an optional check field set
 * on an acknowledged purchase order, what a receipt does with the rest of a PO (backorder: it stays open; cancel: the
 * PO is closed), the site's time zone, in which ERPNext writes its timestamps, and the accounts a vendor bill's taxes
 * and its charges and allowances are booked on (needed only for bills that have them).
 */
@ConfigurationProperties("hub.erp.erpnext")
record ErpNextProperties(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String apiSecret,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("hub_reference") String referenceField, @Nullable String acknowledgedField,
		@DefaultValue("backorder") Remainder receiptRemainder, @DefaultValue("UTC") ZoneId timeZone,
		@Nullable String billTaxAccount, @Nullable String billChargeAccount) {
}
