package org.distributionhub.supplier.partners.adapters.in.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.supplier.api.SupplierPolicies.EffectivePolicy;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManagePolicyPacks;
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

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/**
 * The suppliers for staff with the ADMIN role: list, read, create or replace a profile (PUT, the same shape as a
 * config/partners YAML file), and deactivate (DELETE); reading one answers its policy in force too. Item cross-references and API keys have their own paths.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers")
class AdminSuppliersController {

	private final FindSuppliers find;
	private final ManageSuppliers manage;
	private final ManagePolicyPacks policies;

	AdminSuppliersController(FindSuppliers find, ManageSuppliers manage, ManagePolicyPacks policies) {
		this.find = find;
		this.manage = manage;
		this.policies = policies;
	}

	@GetMapping
	List<SupplierView> list() {
		return find.list();
	}

	/** A supplier's profile and, in {@code policy}, the policy in force with the source of each setting. */
	record SupplierWithPolicy(@JsonUnwrapped SupplierView supplier, EffectivePolicy policy) {
	}

	@GetMapping("/{supplierId}")
	SupplierWithPolicy one(@PathVariable String supplierId) {
		return new SupplierWithPolicy(find.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId)),
				policies.effective(supplierId));
	}

	@AnswersSuccess(value = { 200, 201 }, descriptions = { "The profile was replaced", "A new supplier was created" })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The supplier's whole profile: identity, channels, EDI identity, due time, remainder "
					+ "policy, code map, phase",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = SupplierProfileData.class),
			examples = @ExampleObject(name = "an X12 supplier in testing", value = """
					{"name": "Acme Books", "inboundChannels": ["X12"], "purchaseOrderChannel": "X12",
					 "ediIdentity": {"qualifier": "ZZ", "id": "ACMEBOOKS", "groupId": "ACMEBOOKS"},
					 "acknowledgementDue": "48h", "remainderPolicy": "CANCEL", "codeMap": {"AC": "ACCEPTED"},
					 "phase": "TESTING", "sendContrl": false}
					""")))
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
