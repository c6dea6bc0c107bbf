package org.distributionhub.supplier.procurement.domain;

import java.util.List;

import org.distributionhub.supplier.api.InvoiceStatus;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a three-way match found: MATCHED, WAITING_FOR_GOODS or HELD, and why (empty when it matched). */
@ValueObject
public record MatchResult(InvoiceStatus status, List<Hold> holds) {

	public MatchResult {
		holds = List.copyOf(holds);
	}

	static MatchResult of(List<Hold> holds) {
		if (holds.isEmpty()) {
			return new MatchResult(InvoiceStatus.MATCHED, holds);
		}
		boolean onlyGoods = holds.stream().allMatch(hold -> hold.code().equals(Hold.NO_RECEIPT_YET));
		return new MatchResult(onlyGoods ? InvoiceStatus.WAITING_FOR_GOODS : InvoiceStatus.HELD, holds);
	}

	public static MatchResult held(Hold hold) {
		return new MatchResult(InvoiceStatus.HELD, List.of(hold));
	}
}
