package org.distributionhub.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * What the fault drill sends, drawn from its seed so that any acknowledgement can be written again and its expected
 * effect known: per round, purchase orders of {@link #LINES} lines for the same {@link #LINES} SKUs; acknowledgement
 * {@code k} of a purchase order is timed {@code k} minutes after {@link #FIRST_ACKNOWLEDGEMENT} and moves every line
 * to a schedule of its own (one date, a split over two dates, or a cut quantity on one date); customer orders for
 * those SKUs wait for that inbound.
 */
record DrillPlan(long seed, String run, String supplier) {

	static final int LINES = 3;
	static final Instant FIRST_ACKNOWLEDGEMENT = Instant.parse("2026-12-01T00:00:00Z");
	static final LocalDate FIRST_DELIVERY = LocalDate.of(2027, 3, 1);

	/** A quantity on a date, written the way the checks compare them: {@code 40@2027-03-05}. */
	record Delivery(long quantity, LocalDate date) {
		@Override
		public String toString() {
			return quantity + "@" + date;
		}
	}

	String purchaseOrder(int round, int po) {
		return "PO-" + run + "-r" + round + "-" + po;
	}

	String sku(int round, int line) {
		return "SKU-" + run + "-r" + round + "-" + line;
	}

	static long ordered(int line) {
		return 80 + 20L * line;
	}

	String purchaseOrderRequest(int round, int po) {
		var lines = new StringJoiner(",");
		for (int line = 1; line <= LINES; line++) {
			lines.add("""
					{"lineNumber": "%d", "sku": "%s", "quantity": %d, "unit": "EA", "unitPrice": 2.5,
					 "requestedDate": "%s"}""".formatted(line, sku(round, line), ordered(line), FIRST_DELIVERY));
		}
		return """
				{"supplierId": "%s", "poNumber": "%s", "revision": 0, "orderDate": "2026-11-30", "shipTo": "MAIN",
				 "currency": "EUR", "lines": [%s]}""".formatted(supplier, purchaseOrder(round, po), lines);
	}

	String acknowledgementId(String purchaseOrder, int index) {
		return purchaseOrder + "-A" + index;
	}

	static Instant acknowledgedAt(int index) {
		return FIRST_ACKNOWLEDGEMENT.plus(index, ChronoUnit.MINUTES);
	}

	/** Which acknowledgement a purchase order's acknowledged time is; 0 for none. */
	static int index(OffsetDateTime acknowledgedAt) {
		return acknowledgedAt == null ? 0
				: (int) ChronoUnit.MINUTES.between(FIRST_ACKNOWLEDGEMENT, acknowledgedAt.toInstant());
	}

	/** The schedule acknowledgement {@code index} gives the line, in date order. */
	List<Delivery> schedule(String purchaseOrder, int line, int index) {
		var random = new Random(seed * 1_000_003L + purchaseOrder.hashCode() * 7_919L + line * 104_729L + index);
		long ordered = ordered(line);
		LocalDate first = FIRST_DELIVERY.plusDays(random.nextInt(60));
		var schedule = new ArrayList<Delivery>();
		switch (random.nextInt(3)) {
			case 0 -> schedule.add(new Delivery(ordered, first));
			case 1 -> {
				long part = 10 + random.nextInt((int) ordered - 20);
				schedule.add(new Delivery(part, first));
				schedule.add(new Delivery(ordered - part, first.plusDays(1 + random.nextInt(30))));
			}
			default -> schedule.add(new Delivery(10 + random.nextInt((int) ordered - 20), first));
		}
		return schedule;
	}

	String acknowledgement(String purchaseOrder, int index) {
		var items = new StringJoiner(",");
		for (int line = 1; line <= LINES; line++) {
			var schedule = schedule(purchaseOrder, line, index);
			var parts = new StringJoiner(",");
			if (schedule.size() == 2) {
				parts.add(part("Accepted", schedule.get(0)));
				parts.add(part("Backordered", schedule.get(1)));
			}
			else {
				parts.add(part(schedule.get(0).quantity() == ordered(line) ? "DateChanged" : "QuantityChanged",
						schedule.get(0)));
			}
			items.add("{\"lineNumber\": \"%d\", \"acknowledgements\": [%s]}".formatted(line, parts));
		}
		return """
				{"acknowledgementId": "%s", "purchaseOrderNumber": "%s", "purpose": "change", "acknowledgedAt": "%s",
				 "items": [%s]}""".formatted(acknowledgementId(purchaseOrder, index), purchaseOrder,
				acknowledgedAt(index), items);
	}

	private static String part(String code, Delivery delivery) {
		return "{\"code\": \"%s\", \"quantity\": {\"amount\": %d, \"unitOfMeasure\": \"EA\"}, \"scheduledDeliveryDate\": \"%s\"}"
			.formatted(code, delivery.quantity(), delivery.date());
	}

	String order(int round, int order) {
		var random = new Random(seed * 31L + round * 1_009L + order);
		return """
				{"channel": "web", "externalOrderId": "%s-r%d-o%d", "customer": "C-drill", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": %d, "unit": "EA", "unitPrice": "9.90",
				 "currency": "EUR"}]}""".formatted(run, round, order, sku(round, 1 + random.nextInt(LINES)),
				5 + random.nextInt(25));
	}
}
