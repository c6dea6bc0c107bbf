package org.distributionhub.supplier.partners.adapters.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.supplier.partners.ports.in.ApiKeyView;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.ExpireApiKeyCommand;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.IssueApiKeyCommand;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.IssuedApiKey;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.RevokeApiKeyCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/**
 * A supplier's API keys: POST issues one (optional label and expiresAt; without expiresAt the supplier's key
 * lifetime applies) and answers with the whole key, the only time it is shown (never cached); GET lists them
 * without secrets; POST .../{keyId}/expire makes one expire now; DELETE revokes one. Rotation is a POST, then a
 * DELETE of the old key once the supplier has switched.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers/{supplierId}/api-keys")
class AdminApiKeysController {

	/** The body of a POST; optional. */
	record IssueRequest(@Nullable String label, @Nullable Instant expiresAt) {
	}

	private final ManageApiKeys keys;

	AdminApiKeysController(ManageApiKeys keys) {
		this.keys = keys;
	}

	@AnswersSuccess(value = 201, descriptions = "The new key: its whole value is in this answer only")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "A label for the key and when it expires (else after the policy's key lifetime, else never)",
			required = false, content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = IssueRequest.class),
			examples = @ExampleObject(name = "a labelled key", value = """
					{"label": "production", "expiresAt": "2027-06-30T00:00:00Z"}
					""")))
	@PostMapping
	ResponseEntity<IssuedApiKey> issue(@PathVariable String supplierId,
			@RequestBody(required = false) @Nullable JsonNode body, Authentication staff) {
		var request = body == null || body.isNull() ? new IssueRequest(null, null)
				: StrictJson.read(body, IssueRequest.class);
		var issued = keys.issue(new IssueApiKeyCommand(supplierId, request.label() == null ? "" : request.label(),
				request.expiresAt(), staff.getName()));
		return ResponseEntity
			.created(URI.create("/api/v1/admin/suppliers/" + supplierId + "/api-keys/" + issued.keyId()))
			.cacheControl(CacheControl.noStore())
			.body(issued);
	}

	@GetMapping
	List<ApiKeyView> list(@PathVariable String supplierId) {
		return keys.list(supplierId);
	}

	@PostMapping("/{keyId}/expire")
	ApiKeyView expire(@PathVariable String supplierId, @PathVariable String keyId, Authentication staff) {
		return keys.expire(new ExpireApiKeyCommand(supplierId, keyId, staff.getName()));
	}

	@DeleteMapping("/{keyId}")
	ApiKeyView revoke(@PathVariable String supplierId, @PathVariable String keyId, Authentication staff) {
		return keys.revoke(new RevokeApiKeyCommand(supplierId, keyId, staff.getName()));
	}
}
