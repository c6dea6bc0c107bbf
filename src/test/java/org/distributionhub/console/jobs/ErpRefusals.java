package org.distributionhub.console.jobs;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.PostingCommand.MovedLine;
import org.distributionhub.erpgateway.ports.in.PostingCommand.ShipmentCommand;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real ERP postings for job tests (with hub.erp.dispatch.enabled=false): a shipment's posting as recorded, or parked
 * by a real dispatch round because the file ERP cannot read its stored payload.
 */
public final class ErpRefusals {

	private final RecordPosting record;
	private final DispatchPostings dispatch;
	private final FindPostings postings;
	private final JdbcClient jdbc;

	public ErpRefusals(RecordPosting record, DispatchPostings dispatch, FindPostings postings, JdbcClient jdbc) {
		this.record = record;
		this.dispatch = dispatch;
		this.postings = postings;
		this.jdbc = jdbc;
	}

	public PostingView parked() {
		return parked(UUID.randomUUID().toString().substring(0, 8));
	}

	/** The posting of a shipment of this order (business key SO:orderId), parked. */
	public PostingView parked(String orderId) {
		var posting = recorded(orderId);
		jdbc.sql("UPDATE erp_posting SET payload = 'not json' WHERE id = ?").param(posting.id()).update();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return postings.find(posting.id()).orElseThrow().status().equals("PARKED");
		});
		return posting;
	}

	public PostingView recorded() {
		return recorded(UUID.randomUUID().toString().substring(0, 8));
	}

	public PostingView recorded(String orderId) {
		return record.record(new ShipmentCommand(orderId, "SO-" + orderId, "WEB", "C-1", UUID.randomUUID().toString(),
				"MAIN", Instant.now(), List.of(new MovedLine("1", new Sku("SKU-1"), Quantity.of(1, UnitOfMeasure.EACH)))));
	}
}
