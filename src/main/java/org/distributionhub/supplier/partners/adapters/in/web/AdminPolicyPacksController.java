package org.distributionhub.supplier.partners.adapters.in.web;

import java.net.URI;
import java.util.List;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.supplier.api.SupplierPolicies.EffectivePolicy;
import org.distributionhub.supplier.api.SupplierPolicies.PackView;
import org.distributionhub.supplier.api.SupplierPolicies.PolicyValues;
import org.distributionhub.supplier.partners.ports.in.ManagePolicyPacks;
import org.distributionhub.supplier.partners.ports.in.ManagePolicyPacks.AssignPolicyCommand;
import org.distributionhub.supplier.partners.ports.in.ManagePolicyPacks.SavePackCommand;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/**
 * Policy packs for staff with the ADMIN role: list, read, create or replace one (PUT; {@code "isDefault": true}
 * makes it the pack new suppliers get), and a supplier's policy: which pack it follows and its overrides (PUT
 * .../suppliers/{id}/policy), answered with every setting in force and its source.
 */
@RestController
class AdminPolicyPacksController {

	static final String PACKS = "/api/v1/admin/policy-packs";

	/** A pack as written: whether it is the default and its settings. */
	record PackRequest(@Nullable Boolean isDefault, @Nullable Integer rateLimit, @Nullable String maxMessageSize,
			@Nullable List<String> allowedChannels, @Nullable String keyLifetime,
			@Nullable List<String> addressAllowList, @Nullable String acknowledgementDue) {

		PolicyValues settings() {
			return new PolicyValues(rateLimit, maxMessageSize, allowedChannels, keyLifetime, addressAllowList,
					acknowledgementDue);
		}
	}

	/** A supplier's policy as written: its pack (none: the default pack) and its overrides. */
	record PolicyRequest(@Nullable String pack, @Nullable PolicyValues overrides) {
	}

	private final ManagePolicyPacks policies;

	AdminPolicyPacksController(ManagePolicyPacks policies) {
		this.policies = policies;
	}

	@GetMapping(PACKS)
	List<PackView> list() {
		return policies.list();
	}

	@GetMapping(PACKS + "/{name}")
	PackView one(@PathVariable String name) {
		return policies.find(name).orElseThrow(() -> new SupplierNotFound("No policy pack " + name));
	}

	@AnswersSuccess(value = { 200, 201 }, descriptions = { "The pack was replaced", "A new pack was created" })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The pack's settings; a setting left out takes the hub's own",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = PackRequest.class),
			examples = @ExampleObject(name = "a strict pack", value = """
					{"isDefault": false, "rateLimit": 10, "maxMessageSize": "1MB", "allowedChannels": ["X12"],
					 "keyLifetime": "90d", "addressAllowList": ["203.0.113.0/24"], "acknowledgementDue": "24h"}
					""")))
	@PutMapping(path = PACKS + "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PackView> save(@PathVariable String name, @RequestBody JsonNode body, Authentication staff) {
		var request = StrictJson.read(body, PackRequest.class);
		var saved = policies.save(new SavePackCommand(name, request.settings(), request.isDefault(), staff.getName()));
		return saved.created() ? ResponseEntity.created(URI.create(PACKS + "/" + name)).body(saved.pack())
				: ResponseEntity.ok(saved.pack());
	}

	@GetMapping("/api/v1/admin/suppliers/{supplierId}/policy")
	EffectivePolicy policy(@PathVariable String supplierId) {
		return policies.effective(supplierId);
	}

	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The pack the supplier follows (null: the default pack) and the settings it overrides",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = PolicyRequest.class),
			examples = @ExampleObject(name = "a pack with one override", value = """
					{"pack": "strict", "overrides": {"rateLimit": 20}}
					""")))
	@PutMapping(path = "/api/v1/admin/suppliers/{supplierId}/policy", consumes = MediaType.APPLICATION_JSON_VALUE)
	EffectivePolicy assign(@PathVariable String supplierId, @RequestBody JsonNode body, Authentication staff) {
		var request = StrictJson.read(body, PolicyRequest.class);
		return policies.assign(new AssignPolicyCommand(supplierId, request.pack(),
				request.overrides() == null ? PolicyValues.NONE : request.overrides(), staff.getName()));
	}
}
