package org.distributionhub.erpgateway.adapters.out.odoo;

import java.time.Duration;

import org.distributionhub.erpgateway.domain.Remainder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.erp.odoo.*: where Odoo is and how to call it. protocol json2 (Odoo 19 and later: bearer API key, database in
 * X-Odoo-Database when set) or jsonrpc (older: database, login and API key or password). The remaining settings name
 * the fields this installation uses: acknowledge (method: action_acknowledge, field: write acknowledged), what a
 * receipt does with quantities not received (backorder or cancel), where a picking and an invoice keep our reference,
 * the move's done-quantity field (quantity since Odoo 17, quantity_done before) and the PO line's unit field.
 */
@ConfigurationProperties("hub.erp.odoo")
record OdooProperties(@Nullable String baseUrl, @DefaultValue("json2") Protocol protocol, @Nullable String database,
		@Nullable String login, @Nullable String apiKey, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("method") Acknowledge acknowledge,
		@DefaultValue("backorder") Remainder receiptRemainder, @DefaultValue("note") String pickingReferenceField,
		@DefaultValue("ref") String invoiceReferenceField, @DefaultValue("quantity") String moveQuantityField,
		@Nullable String lineUomField) {

	enum Protocol {
		JSON2, JSONRPC
	}

	enum Acknowledge {
		METHOD, FIELD, NONE
	}

	/** product_uom_id on Odoo 19 and later, product_uom before, unless configured. */
	String uomField() {
		return lineUomField != null ? lineUomField : protocol == Protocol.JSON2 ? "product_uom_id" : "product_uom";
	}
}
