package org.distributionhub.supplier.partners.adapters.in.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** Lets a partner check its API key: which supplier it speaks for and which key it used. Changes nothing. */
@RestController
class WhoAmIController {

	record Identity(String supplierId, String keyId) {
	}

	@GetMapping("/api/v1/suppliers/{supplierId}/whoami")
	@Parameter(in = ParameterIn.PATH, name = "supplierId", description = "The supplier the key belongs to")
	Identity whoami(Authentication partner) {
		String keyId = partner instanceof PartnerKeyAuthentication key && key.keyId() != null ? key.keyId() : "";
		return new Identity(partner.getName(), keyId);
	}
}
