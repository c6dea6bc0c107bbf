package org.distributionhub.supplier.partners.api;

/**
 * Where a supplier stands in its EDI onboarding. Only a LIVE supplier's messages may change purchase orders, expected
 * inbound or the ERP; whatever an ONBOARDING or TESTING supplier sends is handled as test traffic, whatever its
 * envelope says.
 */
public enum PartnerPhase {

	ONBOARDING,
	TESTING,
	LIVE
}
