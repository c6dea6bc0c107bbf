package org.distributionhub.order.domain;

/** When an order may be invoiced: once per released shipment, or once for the whole order when it is complete. */
public enum Invoicing {
	PER_ORDER, PER_SHIPMENT
}
