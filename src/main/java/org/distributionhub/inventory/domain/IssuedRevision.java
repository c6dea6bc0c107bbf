package org.distributionhub.inventory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A revision of a purchase order as it was issued: it replaces the expectation of the whole order. Its lines are
 * expected at the order's location on their requested dates, and lines of the order it no longer has are no longer
 * expected. A revision not newer than one already applied to the order changes nothing.
 */
@ValueObject
public record IssuedRevision(String supplierId, String poNumber, int revision, String location,
		List<RequestedLine> lines) {

	public IssuedRevision {
		if (revision < 1) {
			throw new IllegalArgumentException("A purchase order revision starts at 1, was " + revision);
		}
		lines = List.copyOf(lines);
		if (lines.stream().map(RequestedLine::lineNumber).distinct().count() != lines.size()) {
			throw new IllegalArgumentException("Purchase order " + poNumber + " lists a line number twice");
		}
	}

	/** One line of the revision and the delivery it requests. */
	@ValueObject
	public record RequestedLine(String lineNumber, Sku sku, Delivery requested) {
	}

	/** The order's lines this revision names. */
	public List<PurchaseOrderLine> orderLines() {
		return lines.stream().map(it -> new PurchaseOrderLine(supplierId, poNumber, it.lineNumber())).toList();
	}

	/**
	 * Applies the revision to every line known of the order, which must include each line it names; returns one
	 * change per line (not every one effective), none if the order has seen this revision or a newer one.
	 */
	public List<ExpectationChange> applyTo(Collection<ExpectedInbound> order) {
		if (order.stream().anyMatch(it -> it.revision() >= revision)) {
			return List.of();
		}
		Map<String, RequestedLine> requested = lines.stream()
			.collect(Collectors.toMap(RequestedLine::lineNumber, Function.identity()));
		var seen = new HashSet<String>();
		var changes = new ArrayList<ExpectationChange>();
		for (ExpectedInbound known : order) {
			var line = known.line();
			if (!line.supplierId().equals(supplierId) || !line.poNumber().equals(poNumber)) {
				throw new IllegalArgumentException(line + " is not a line of purchase order " + poNumber);
			}
			var request = requested.get(line.lineNumber());
			changes.add(request == null ? known.withdraw(revision)
					: known.issue(revision, request.sku(), location, request.requested()));
			seen.add(line.lineNumber());
		}
		if (!seen.containsAll(requested.keySet())) {
			throw new IllegalArgumentException("Every line of the revision must be known before it is applied");
		}
		return changes;
	}
}
