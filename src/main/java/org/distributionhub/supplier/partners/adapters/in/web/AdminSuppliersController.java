package org.distributionhub.supplier.partners.adapters.in.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveSupplierCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SupplierActionCommand;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The suppliers for staff with the ADMIN role: list, read, create or replace a profile (PUT, the same shape as a
 * config/partners YAML file), and deactivate (DELETE). Item cross-references and API keys have their own paths.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers")
class AdminSuppliersController {

	private final FindSuppliers find;
	private final ManageSuppliers manage;

	AdminSuppliersController(FindSuppliers find, ManageSuppliers manage) {
		this.find = find;
		this.manage = manage;
	}

	@GetMapping
	List<SupplierView> list() {
		return find.list();
	}

	@GetMapping("/{supplierId}")
	SupplierView one(@PathVariable String supplierId) {
		return find.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
	}

	@PutMapping(path = "/{supplierId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SupplierView> save(@PathVariable String supplierId, @RequestBody JsonNode body,
			@RequestParam(required = false) @Nullable String reason, Authentication staff) {
		var data = StrictJson.read(body, SupplierProfileData.class);
		var outcome = manage.save(new SaveSupplierCommand(supplierId, data, staff.getName(),
				Objects.requireNonNullElse(reason, "admin API")));
		return outcome.created()
				? ResponseEntity.created(URI.create("/api/v1/admin/suppliers/" + supplierId)).body(outcome.supplier())
				: ResponseEntity.ok(outcome.supplier());
	}

	@DeleteMapping("/{supplierId}")
	SupplierView deactivate(@PathVariable String supplierId, @RequestParam(required = false) @Nullable String reason,
			Authentication staff) {
		return manage.deactivate(new SupplierActionCommand(supplierId, staff.getName(),
				Objects.requireNonNullElse(reason, "admin API")));
	}
}
