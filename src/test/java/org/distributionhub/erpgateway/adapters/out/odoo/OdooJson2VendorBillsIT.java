package org.distributionhub.erpgateway.adapters.out.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Vendor bills to Odoo 19 and later over JSON-2. */
@TestPropertySource(properties = "hub.erp.odoo.protocol=json2")
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

	@Test
	void theHubSpeaksJson2ToThisOdooWithoutLoggingIn() {
		assertThat(ODOO.authentications()).isZero();
	}

	@Override
	OdooStub odoo() {
		return ODOO;
	}
}
