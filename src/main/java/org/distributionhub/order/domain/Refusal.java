package org.distributionhub.order.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Why Inventory refused a line: a code (UNKNOWN_SKU, UNKNOWN_WAREHOUSE, UNIT_MISMATCH) and the words for it. */
@ValueObject
public record Refusal(String reason, String message) {
}
