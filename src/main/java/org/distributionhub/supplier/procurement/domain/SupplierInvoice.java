package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.api.DecideSupplierInvoices.InvoiceDecisionRefused;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's invoice or credit note and where it stands in the three-way match: waiting for its goods, matched,
 * held with reasons, approved or rejected by a person. Amounts are positive; {@code total} = lines + charges
 * (allowances negative). Matched, approved and rejected invoices are settled: nothing changes them any more.
 */
@AggregateRoot
public final class SupplierInvoice {

	private @Identity @Nullable Long id;
	private final Header header;
	private final List<InvoiceLine> lines;
	private final List<InvoiceCharge> charges;
	private InvoiceStatus status = InvoiceStatus.HELD;
	private List<Hold> holds = List.of();
	private @Nullable Instant waitUntil;
	private @Nullable Instant heldSince;
	private @Nullable Instant matchedAt;
	private @Nullable Decision decision;
	private long version;

	/**
	 * What the supplier sent and how it came: its number, credit note or not, the invoice it credits, the PO, date,
	 * currency, stated total; the channel and message that brought it, the flow it belongs to, a hash of its content.
	 */
	public record Header(String supplierId, String invoiceNumber, boolean creditNote,
			@Nullable String originalInvoiceNumber, @Nullable String poNumber, @Nullable LocalDate invoiceDate,
			String currency, @Nullable BigDecimal statedTotal, String channel, @Nullable String sourceMessageId,
			@Nullable String correlationId, String contentHash, Instant receivedAt) {
	}

	/** A person's decision: who, when, why. */
	public record Decision(String by, Instant at, String reason) {
	}

	public SupplierInvoice(Header header, List<InvoiceLine> lines, List<InvoiceCharge> charges) {
		if (header.invoiceNumber().isBlank() || header.invoiceNumber().length() > 40) {
			throw new IllegalArgumentException("An invoice number is 1 to 40 characters");
		}
		this.header = header;
		this.lines = List.copyOf(lines);
		this.charges = List.copyOf(charges);
	}

	/** Puts back the state a stored invoice was in. */
	public SupplierInvoice restore(long id, InvoiceStatus status, List<Hold> holds, @Nullable Instant waitUntil,
			@Nullable Instant heldSince, @Nullable Instant matchedAt, @Nullable Decision decision, long version) {
		this.id = id;
		this.status = status;
		this.holds = List.copyOf(holds);
		this.waitUntil = waitUntil;
		this.heldSince = heldSince;
		this.matchedAt = matchedAt;
		this.decision = decision;
		this.version = version;
		return this;
	}

	/**
	 * Takes the match's verdict: an invoice that waits for its goods past {@code receivedAt + waitForGoods} is held
	 * instead. False when the verdict changes nothing (same status, same reasons).
	 */
	public boolean settle(MatchResult result, Duration waitForGoods, Instant now) {
		if (isSettled()) {
			throw new IllegalStateException("Invoice " + header.invoiceNumber() + " is " + status + " already");
		}
		InvoiceStatus next = result.status();
		if (next == InvoiceStatus.WAITING_FOR_GOODS) {
			if (waitUntil == null) {
				waitUntil = header.receivedAt().plus(waitForGoods);
			}
			if (!now.isBefore(waitUntil)) {
				next = InvoiceStatus.HELD;
			}
		}
		boolean changed = next != status || !result.holds().equals(holds) || id == null;
		if (next == InvoiceStatus.HELD && (status != InvoiceStatus.HELD || heldSince == null)) {
			heldSince = now;
		}
		if (next == InvoiceStatus.MATCHED) {
			matchedAt = now;
		}
		status = next;
		holds = result.holds();
		return changed;
	}

	/** Holds an invoice whose wait for its goods has passed; false if it is not waiting or may wait on. */
	public boolean holdIfWaitedTooLong(Instant now) {
		if (status != InvoiceStatus.WAITING_FOR_GOODS || waitUntil == null || now.isBefore(waitUntil)) {
			return false;
		}
		status = InvoiceStatus.HELD;
		heldSince = now;
		if (holds.isEmpty()) {
			holds = List.of(new Hold(Hold.NO_RECEIPT_YET, "the goods were not received by " + waitUntil));
		}
		return true;
	}

	/** A person approves a held invoice as it is, within the amount their role may approve (null: no limit). */
	public void approve(String reason, String by, @Nullable BigDecimal limit, Instant now) {
		if (status != InvoiceStatus.HELD) {
			throw new InvoiceDecisionRefused("Invoice " + header.invoiceNumber() + " is " + status
					+ ": only a held invoice can be approved");
		}
		requireReason(reason);
		if (header.poNumber() == null || heldFor(Hold.PO_UNKNOWN) || heldFor(Hold.LINE_NOT_ON_PO)) {
			throw new InvoiceDecisionRefused("Invoice " + header.invoiceNumber()
					+ " bills no known purchase order line, so it cannot be billed; reject it");
		}
		if (limit != null && total().compareTo(limit) > 0) {
			throw new InvoiceDecisionRefused("Invoice " + header.invoiceNumber() + " totals "
					+ ThreeWayMatch.money(total()) + " " + header.currency() + ", over the approval limit of "
					+ ThreeWayMatch.plain(limit) + " of your role");
		}
		status = InvoiceStatus.APPROVED;
		decision = new Decision(by, now, reason.strip());
	}

	/** A person rejects a held or waiting invoice: it will not be billed. */
	public void reject(String reason, String by, Instant now) {
		if (status != InvoiceStatus.HELD && status != InvoiceStatus.WAITING_FOR_GOODS) {
			throw new InvoiceDecisionRefused("Invoice " + header.invoiceNumber() + " is " + status
					+ ": only a held or waiting invoice can be rejected");
		}
		requireReason(reason);
		status = InvoiceStatus.REJECTED;
		decision = new Decision(by, now, reason.strip());
	}

	private static void requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvoiceDecisionRefused("A decision needs a reason");
		}
		if (reason.length() > 1000) {
			throw new InvoiceDecisionRefused("A reason is at most 1000 characters");
		}
	}

	/** Whether goods arriving may change its verdict: waiting, or held only because goods had not come. */
	public boolean awaitsGoods() {
		return status == InvoiceStatus.WAITING_FOR_GOODS || (status == InvoiceStatus.HELD && !holds.isEmpty()
				&& holds.stream().allMatch(hold -> hold.code().equals(Hold.NO_RECEIPT_YET)));
	}

	public boolean isSettled() {
		return status == InvoiceStatus.MATCHED || status == InvoiceStatus.APPROVED || status == InvoiceStatus.REJECTED;
	}

	public boolean heldFor(String code) {
		return holds.stream().anyMatch(hold -> hold.code().equals(code));
	}

	public BigDecimal linesAmount() {
		return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal chargesAmount() {
		return charges.stream().map(InvoiceCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal total() {
		return linesAmount().add(chargesAmount());
	}

	public void identify(long id) {
		this.id = id;
	}

	public @Nullable Long id() {
		return id;
	}

	public Header header() {
		return header;
	}

	public String supplierId() {
		return header.supplierId();
	}

	public String invoiceNumber() {
		return header.invoiceNumber();
	}

	public boolean creditNote() {
		return header.creditNote();
	}

	public @Nullable String poNumber() {
		return header.poNumber();
	}

	public String currency() {
		return header.currency();
	}

	public @Nullable BigDecimal statedTotal() {
		return header.statedTotal();
	}

	public List<InvoiceLine> lines() {
		return lines;
	}

	public List<InvoiceCharge> charges() {
		return charges;
	}

	public InvoiceStatus status() {
		return status;
	}

	public List<Hold> holds() {
		return holds;
	}

	public @Nullable Instant waitUntil() {
		return waitUntil;
	}

	public @Nullable Instant heldSince() {
		return heldSince;
	}

	public @Nullable Instant matchedAt() {
		return matchedAt;
	}

	public @Nullable Decision decision() {
		return decision;
	}

	public long version() {
		return version;
	}
}
