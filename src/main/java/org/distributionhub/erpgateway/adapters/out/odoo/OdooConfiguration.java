package org.distributionhub.erpgateway.adapters.out.odoo;

import org.distributionhub.erpgateway.adapters.out.http.JsonHttp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The Odoo adapter's beans when hub.erp.adapter=odoo: the protocol hub.erp.odoo.protocol names, the client, the feed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "odoo")
class OdooConfiguration {

	@Bean
	OdooRpc odooRpc(OdooProperties properties, JsonMapper json, ObservationRegistry observations) {
		var http = new JsonHttp(properties.connectTimeout(), properties.readTimeout(), json, observations);
		return properties.protocol() == OdooProperties.Protocol.JSON2 ? new OdooJson2(properties, http)
				: new OdooJsonRpc(properties, http);
	}

	@Bean
	OdooErpClient odooErpClient(OdooRpc odoo, OdooProperties properties) {
		return new OdooErpClient(odoo, properties);
	}

	@Bean
	OdooPurchaseOrders odooPurchaseOrders(OdooRpc odoo, OdooProperties properties) {
		return new OdooPurchaseOrders(odoo, properties);
	}
}
