package org.distributionhub.erpgateway.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A posting that must be in the ledger before another; {@code description} names it for people ("the shipment ..."). */
@ValueObject
public record Prerequisite(String idempotencyKey, String description) {
}
