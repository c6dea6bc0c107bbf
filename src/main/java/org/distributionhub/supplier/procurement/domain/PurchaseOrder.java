package org.distributionhub.supplier.procurement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order to one supplier and what the supplier has said of it. It guards the rules an expert checks:
 * a duplicate never changes anything, an older acknowledgement never overwrites a newer one, an original or a
 * replacement speaks for every line, a change only for the lines it lists, a cancellation withdraws every line.
 */
@AggregateRoot
public final class PurchaseOrder {

	private final @Identity PurchaseOrderId id;
	private int revision;
	private LocalDate orderDate;
	private String shipTo;
	private @Nullable String currency;
	private final Map<String, PurchaseOrderLine> lines = new LinkedHashMap<>();
	private @Nullable Instant acknowledgedAt;
	private Instant acknowledgementDueAt;
	private boolean overdueReported;
	private @Nullable String functionalAckStatus;
	private long stateVersion;

	public PurchaseOrder(PurchaseOrderId id, int revision, LocalDate orderDate, String shipTo, @Nullable String currency,
			List<PurchaseOrderLine> lines, Instant acknowledgementDueAt) {
		if (revision < 0) {
			throw new IllegalArgumentException("A revision is 0 or more");
		}
		if (shipTo == null || shipTo.isBlank()) {
			throw new IllegalArgumentException("A purchase order needs a ship-to location");
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A purchase order needs at least one line");
		}
		this.id = id;
		this.revision = revision;
		this.orderDate = orderDate;
		this.shipTo = shipTo.strip();
		this.currency = currency;
		this.acknowledgementDueAt = acknowledgementDueAt;
		for (PurchaseOrderLine line : lines) {
			if (this.lines.putIfAbsent(line.lineNumber(), line) != null) {
				throw new IllegalArgumentException("Line number " + line.lineNumber() + " appears twice");
			}
		}
	}

	/** Restores the supplier-facing state of a stored order. */
	public PurchaseOrder restore(@Nullable Instant acknowledgedAt, boolean overdueReported,
			@Nullable String functionalAckStatus, long stateVersion) {
		this.acknowledgedAt = acknowledgedAt;
		this.stateVersion = stateVersion;
		this.overdueReported = overdueReported;
		this.functionalAckStatus = functionalAckStatus;
		return this;
	}

	/**
	 * Takes a new revision from the ERP. Lines it orders differently start over with the supplier; lines it orders
	 * the same keep what the supplier said of them. Returns false for a revision we already have or an older one.
	 */
	public boolean revise(PurchaseOrder newer, Duration acknowledgementDue, Instant now) {
		if (newer.revision <= revision) {
			return false;
		}
		Map<String, PurchaseOrderLine> next = new LinkedHashMap<>();
		for (PurchaseOrderLine line : newer.lines.values()) {
			PurchaseOrderLine known = lines.get(line.lineNumber());
			next.put(line.lineNumber(), known != null && known.sameOrderAs(line) ? known : line);
		}
		lines.clear();
		lines.putAll(next);
		revision = newer.revision;
		orderDate = newer.orderDate;
		shipTo = newer.shipTo;
		currency = newer.currency;
		acknowledgementDueAt = now.plus(acknowledgementDue);
		overdueReported = false;
		functionalAckStatus = null;
		stateVersion++;
		return true;
	}

	public AcknowledgementResult acknowledge(Acknowledgement ack, RemainderPolicy policy) {
		if (ack.purpose() == Purpose.DUPLICATE) {
			return new AcknowledgementResult(AcknowledgementResult.Kind.DUPLICATE, List.of(),
					"The partner marked it as a duplicate; nothing was applied");
		}
		if (acknowledgedAt != null && ack.acknowledgedAt().isBefore(acknowledgedAt)) {
			return new AcknowledgementResult(AcknowledgementResult.Kind.STALE, List.of(),
					"It is older (" + ack.acknowledgedAt() + ") than the acknowledgement already applied ("
							+ acknowledgedAt + "); nothing was applied");
		}
		for (Acknowledgement.LineAnswer answer : ack.lines()) {
			if (!lines.containsKey(answer.lineNumber())) {
				throw new IllegalArgumentException(
						"Purchase order " + id.poNumber() + " has no line " + answer.lineNumber());
			}
		}
		List<LineChange> changes = new ArrayList<>();
		for (PurchaseOrderLine line : lines.values()) {
			LineState next = nextState(line, ack, policy);
			if (!next.equals(line.state())) {
				changes.add(new LineChange(line.lineNumber(), line.sku(), line.ordered(), line.state(), next));
				line.changeTo(next);
			}
		}
		acknowledgedAt = ack.acknowledgedAt();
		if (!changes.isEmpty()) {
			stateVersion++;
		}
		return new AcknowledgementResult(AcknowledgementResult.Kind.APPLIED, changes,
				changes.isEmpty() ? "It repeats what we already knew; nothing changed"
						: changes.size() + " line(s) changed");
	}

	private static LineState nextState(PurchaseOrderLine line, Acknowledgement ack, RemainderPolicy policy) {
		if (ack.purpose() == Purpose.CANCELLATION) {
			return line.cancelledWhole();
		}
		Optional<Acknowledgement.LineAnswer> answer = ack.answerFor(line.lineNumber());
		if (answer.isPresent()) {
			return line.answered(answer.get(), policy);
		}
		boolean headerApplies = ack.purpose().speaksForWholeOrder() || ack.lines().isEmpty();
		if (!headerApplies) {
			return line.state();
		}
		return switch (ack.disposition()) {
			case ACCEPT_UNLISTED -> ack.purpose().speaksForWholeOrder() || !line.state().acknowledged()
					? line.acceptedAsOrdered() : line.state();
			case REJECT_UNLISTED -> line.rejectedWhole("rejected by the supplier");
			case HOLD_UNLISTED -> line.heldWhole();
			case LEAVE_UNLISTED -> line.state();
		};
	}

	/** The partner's functional acknowledgement (997 AK9 or CONTRL) of the message that carried this order. */
	public void recordFunctionalAcknowledgement(String groupStatus) {
		this.functionalAckStatus = groupStatus;
	}

	/** Whether the acknowledgement is overdue at {@code now} and not yet reported; reports it if so. */
	public boolean reportOverdue(Instant now) {
		if (acknowledgedAt != null || overdueReported || now.isBefore(acknowledgementDueAt)) {
			return false;
		}
		overdueReported = true;
		return true;
	}

	/**
	 * Grows with every change of what we expect on the order's lines (a revision, an acknowledgement that changed a
	 * line): the version its events state the lines at.
	 */
	public long stateVersion() {
		return stateVersion;
	}

	public PurchaseOrderId id() {
		return id;
	}

	public int revision() {
		return revision;
	}

	public LocalDate orderDate() {
		return orderDate;
	}

	public String shipTo() {
		return shipTo;
	}

	public @Nullable String currency() {
		return currency;
	}

	public List<PurchaseOrderLine> lines() {
		return List.copyOf(lines.values());
	}

	public Optional<PurchaseOrderLine> line(String lineNumber) {
		return Optional.ofNullable(lines.get(lineNumber));
	}

	public @Nullable Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant acknowledgementDueAt() {
		return acknowledgementDueAt;
	}

	public boolean overdueReported() {
		return overdueReported;
	}

	public @Nullable String functionalAckStatus() {
		return functionalAckStatus;
	}
}
