package org.distributionhub.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;

/**
 * The public node-x12 855 sample (samples/edi/x12-855-nodex12-1.edi) and the purchase order it answers: four books
 * ordered on 2020-10-14 for DC-1, due 2020-11-01, each mapped from its ISBN to the SKU BOOK-isbn, counted in units
 * by the supplier and in eaches by the hub.
 */
public final class NodeX12Books {

	private static final String[][] BOOKS = { { "1", "9780446360265", "3" }, { "2", "9780767928427", "2" },
			{ "3", "9780099599531", "1" }, { "4", "9780446360272", "2" } };

	private NodeX12Books() {
	}

	/** The four books in the supplier's cross-reference and purchase order {@code po} issued for them. */
	public static void issueTheOrder(ManageSuppliers suppliers, IssuePurchaseOrder purchaseOrders, String supplier,
			String po) {
		for (String[] book : BOOKS) {
			suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
					new ItemRow(0, "ISBN-" + book[1], "BOOK-" + book[1], book[1], "UN", "EA", "1"), "test"));
		}
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2020, 10, 14), "DC-1", "USD",
				Arrays.stream(BOOKS)
					.map(book -> new IssuePurchaseOrderCommand.Line(book[0], "BOOK-" + book[1],
							new BigDecimal(book[2]), "EA", null, LocalDate.of(2020, 11, 1)))
					.toList()));
	}

	/** The sample as published, with its sender id and PO number made those of this test run. */
	public static String acknowledgement(String sender, String po) throws IOException {
		try (InputStream in = NodeX12Books.class.getClassLoader()
			.getResourceAsStream("samples/edi/x12-855-nodex12-1.edi")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("1556150", sender)
				.replace("POTEST1112", po);
		}
	}
}
