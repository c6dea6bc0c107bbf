package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.util.UUID;

import org.distributionhub.supplier.procurement.ports.out.ShipNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ship notices in table ship_notice, keyed by supplier and shipment id. */
@Repository
class JdbcShipNotices implements ShipNotices {

	private final JdbcClient jdbc;

	JdbcShipNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean recordFirst(String supplierId, String shipmentId, UUID messageId) {
		return jdbc.sql("INSERT INTO ship_notice (supplier_id, shipment_id, message_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(supplierId, shipmentId, messageId)
			.update() == 1;
	}
}
