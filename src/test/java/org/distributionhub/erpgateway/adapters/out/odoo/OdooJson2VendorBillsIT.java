package org.distributionhub.erpgateway.adapters.out.odoo;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Vendor bills to Odoo 19 and later over JSON-2. */
@SpringBootTest(properties = { OdooVendorBills.SETTINGS, "hub.erp.odoo.protocol=json2",
		"hub.erp.odoo.api-key=" + OdooStub.KEY, "hub.erp.odoo.database=" + OdooStub.DATABASE,
		"hub.erp.dispatch.enabled=false", "hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=100ms",
		"hub.erp.purchase-orders.poll-interval=1h", "hub.events.retry.max-attempts=10",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=50",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=50" })
class OdooJson2VendorBillsIT extends OdooVendorBills {

	static final OdooStub ODOO = start();

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.odoo.base-url", ODOO::baseUrl);
	}

	@AfterAll
	static void stop() {
		ODOO.close();
	}

	@Override
	OdooStub odoo() {
		return ODOO;
	}
}
