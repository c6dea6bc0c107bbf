package org.distributionhub.erpgateway.domain;

/** What a posting tells the ERP; each adapter maps it to its own document or endpoint. */
public enum PostingType {

	PO_ACKNOWLEDGEMENT_UPDATE, GOODS_RECEIPT, SHIPMENT, CUSTOMER_INVOICE
}
