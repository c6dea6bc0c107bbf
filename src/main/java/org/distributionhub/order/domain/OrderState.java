package org.distributionhub.order.domain;

/**
 * Where an order stands, derived from its lines and shipments (first match wins): CANCELLED; SHIPPED (every line
 * shipped or removed, invoicing released); NEEDS_ATTENTION (a refused line, a line no inbound covers, or a held
 * dispatch past its limit); PARTIALLY_SHIPPED; PICKING (picked or dispatched, nothing released yet); PLACED (a line
 * waits for its allocation); BACKORDERED (a line waits for dated inbound); ALLOCATED (every line reserved).
 */
public enum OrderState {
	PLACED, ALLOCATED, BACKORDERED, NEEDS_ATTENTION, PICKING, PARTIALLY_SHIPPED, SHIPPED, CANCELLED
}
