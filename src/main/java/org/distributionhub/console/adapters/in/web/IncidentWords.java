package org.distributionhub.console.adapters.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.console.ports.in.IncidentArea;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.console.ports.in.OperationsOverview.AreaTile;

/** The console home's tiles in business terms: "2 POs overdue at suppliers", "3 documents parked". */
final class IncidentWords {

	private static final Map<IncidentKind, String[]> KINDS = Map.ofEntries(
			Map.entry(IncidentKind.ACKNOWLEDGEMENT_OVERDUE, words("PO overdue at suppliers", "POs overdue at suppliers")),
			Map.entry(IncidentKind.ACKNOWLEDGEMENT_FAILED, words("supplier acknowledgement failed", "supplier acknowledgements failed")),
			Map.entry(IncidentKind.DOCUMENT_PARKED, words("document parked", "documents parked")),
			Map.entry(IncidentKind.CONTROL_NUMBER_REUSED, words("control number reused", "control numbers reused")),
			Map.entry(IncidentKind.SUPPLIER_WEBHOOK_GAVE_UP, words("supplier webhook gave up", "supplier webhooks gave up")),
			Map.entry(IncidentKind.SUPPLIER_INVOICE_HELD, words("supplier invoice held", "supplier invoices held")),
			Map.entry(IncidentKind.FEED_ROWS_REFUSED, words("feed with refused rows", "feeds with refused rows")),
			Map.entry(IncidentKind.WAREHOUSE_FILE_REFUSED, words("warehouse file in error", "warehouse files in error")),
			Map.entry(IncidentKind.INVENTORY_SYNC_LAG, words("warehouse silent too long", "warehouses silent too long")),
			Map.entry(IncidentKind.ORDER_STUCK, words("order stuck", "orders stuck")),
			Map.entry(IncidentKind.ORDER_FLAGGED, words("order flagged", "orders flagged")),
			Map.entry(IncidentKind.DISPATCH_HELD, words("dispatch held", "dispatches held")),
			Map.entry(IncidentKind.OMS_WEBHOOK_GAVE_UP, words("OMS notification gave up", "OMS notifications gave up")),
			Map.entry(IncidentKind.ERP_POSTING_PARKED, words("ERP posting parked", "ERP postings parked")),
			Map.entry(IncidentKind.ERP_POSTING_PENDING_TOO_LONG, words("ERP posting key waiting too long", "ERP posting keys waiting too long")),
			Map.entry(IncidentKind.DELIVERY_DEAD_LETTERED, words("delivery dead-lettered", "deliveries dead-lettered")));

	private IncidentWords() {
	}

	static String title(IncidentArea area) {
		return switch (area) {
			case SUPPLIER_ACKNOWLEDGEMENTS -> "Supplier acknowledgements";
			case SUPPLIER_INVOICES -> "Supplier invoices";
			case INVENTORY_SYNC -> "Inventory sync";
			case ORDERS -> "Orders";
			case ERP_BACKLOG -> "ERP backlog";
			case DELIVERIES -> "Event deliveries";
		};
	}

	/** One line per kind with incidents, e.g. "2 POs overdue at suppliers"; "All clear" when there are none. */
	static List<String> counts(AreaTile tile) {
		var lines = new ArrayList<String>();
		tile.counts().forEach((kind, count) -> lines.add(count + " " + KINDS.get(kind)[count == 1 ? 0 : 1]));
		return lines.isEmpty() ? List.of("All clear") : lines;
	}

	static String kind(IncidentKind kind) {
		return KINDS.get(kind)[0];
	}

	private static String[] words(String one, String many) {
		return new String[] { one, many };
	}
}
