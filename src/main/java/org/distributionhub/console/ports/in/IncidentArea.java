package org.distributionhub.console.ports.in;

/** The areas the console's home groups incidents in, each a tile in business terms. */
public enum IncidentArea {
	SUPPLIER_ACKNOWLEDGEMENTS, SUPPLIER_INVOICES, INVENTORY_SYNC, ORDERS, ERP_BACKLOG, DELIVERIES
}
