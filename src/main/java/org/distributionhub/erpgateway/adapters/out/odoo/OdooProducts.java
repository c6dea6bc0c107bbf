package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.ports.out.ErpCallFailed;

/** Our SKUs are Odoo's internal references (product.product default_code); this maps between them and product ids. */
final class OdooProducts {

	private final OdooRpc odoo;

	OdooProducts(OdooRpc odoo) {
		this.odoo = odoo;
	}

	/** Product id by SKU; an SKU Odoo does not know is a permanent failure. */
	Map<String, Long> idsBySku(Collection<String> skus) {
		var ids = new HashMap<String, Long>();
		odoo.searchRead("product.product", List.of(List.of("default_code", "in", List.copyOf(skus))),
				List.of("id", "default_code"), 0, "id")
			.forEach(product -> ids.putIfAbsent(product.path("default_code").asString(), product.path("id").asLong()));
		for (String sku : skus) {
			if (!ids.containsKey(sku)) {
				throw ErpCallFailed.permanent("Odoo has no product with internal reference '" + sku + "'", "not_found");
			}
		}
		return ids;
	}

	/** SKU by product id, for the given ids; products without an internal reference are left out. */
	Map<Long, String> skusById(Collection<Long> productIds) {
		var skus = new HashMap<Long, String>();
		if (productIds.isEmpty()) {
			return skus;
		}
		odoo.searchRead("product.product", List.of(List.of("id", "in", List.copyOf(productIds))),
				List.of("id", "default_code"), 0, "id")
			.forEach(product -> {
				var code = product.path("default_code");
				if (code.isString() && !code.asString().isBlank()) {
					skus.put(product.path("id").asLong(), code.asString());
				}
			});
		return skus;
	}

	/** The id of the one record of {@code model} named {@code name}; none is a permanent failure. */
	static long idByName(OdooRpc odoo, String model, String name, String what) {
		var found = odoo.searchRead(model, List.of(List.of("name", "=", name)), List.of("id"), 1, "id");
		if (found.isEmpty()) {
			throw ErpCallFailed.permanent("Odoo has no " + what + " " + name, "not_found");
		}
		return found.get(0).path("id").asLong();
	}
}
