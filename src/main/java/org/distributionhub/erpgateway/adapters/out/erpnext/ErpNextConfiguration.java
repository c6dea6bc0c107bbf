package org.distributionhub.erpgateway.adapters.out.erpnext;

import org.distributionhub.erpgateway.adapters.out.http.JsonHttp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The ERPNext adapter's beans when hub.erp.adapter=erpnext: the API, the client, the purchase order feed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "erpnext")
class ErpNextConfiguration {

	@Bean
	ErpNextApi erpNextApi(ErpNextProperties properties, JsonMapper json, ObservationRegistry observations) {
		return new ErpNextApi(properties,
				new JsonHttp(properties.connectTimeout(), properties.readTimeout(), json, observations));
	}

	@Bean
	ErpNextErpClient erpNextErpClient(ErpNextApi erpnext, ErpNextProperties properties) {
		return new ErpNextErpClient(erpnext, properties);
	}

	@Bean
	ErpNextPurchaseOrders erpNextPurchaseOrders(ErpNextApi erpnext, ErpNextProperties properties) {
		return new ErpNextPurchaseOrders(erpnext, properties);
	}
}
