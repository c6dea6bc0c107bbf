package org.distributionhub.console.ports.in;

/** What kind of situation needs a person, and the area of the console's home it belongs to. */
public enum IncidentKind {

	ACKNOWLEDGEMENT_OVERDUE(IncidentArea.SUPPLIER_ACKNOWLEDGEMENTS),
	ACKNOWLEDGEMENT_FAILED(IncidentArea.SUPPLIER_ACKNOWLEDGEMENTS),
	DOCUMENT_PARKED(IncidentArea.SUPPLIER_ACKNOWLEDGEMENTS),
	CONTROL_NUMBER_REUSED(IncidentArea.SUPPLIER_ACKNOWLEDGEMENTS),
	SUPPLIER_WEBHOOK_GAVE_UP(IncidentArea.SUPPLIER_ACKNOWLEDGEMENTS),
	SUPPLIER_INVOICE_HELD(IncidentArea.SUPPLIER_INVOICES),
	FEED_ROWS_REFUSED(IncidentArea.INVENTORY_SYNC),
	WAREHOUSE_FILE_REFUSED(IncidentArea.INVENTORY_SYNC),
	INVENTORY_SYNC_LAG(IncidentArea.INVENTORY_SYNC),
	ORDER_STUCK(IncidentArea.ORDERS),
	ORDER_FLAGGED(IncidentArea.ORDERS),
	DISPATCH_HELD(IncidentArea.ORDERS),
	OMS_WEBHOOK_GAVE_UP(IncidentArea.ORDERS),
	ERP_POSTING_PARKED(IncidentArea.ERP_BACKLOG),
	ERP_POSTING_PENDING_TOO_LONG(IncidentArea.ERP_BACKLOG),
	DELIVERY_DEAD_LETTERED(IncidentArea.DELIVERIES),
	/** A delivery still waits for a prerequisite past hub.events.waiting.deadline (it keeps waiting). */
	DELIVERY_WAITING_TOO_LONG(IncidentArea.DELIVERIES);

	private final IncidentArea area;

	IncidentKind(IncidentArea area) {
		this.area = area;
	}

	public IncidentArea area() {
		return area;
	}
}
