package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.Hold;
import org.distributionhub.supplier.procurement.domain.InvoiceCharge;
import org.distributionhub.supplier.procurement.domain.InvoiceLine;
import org.distributionhub.supplier.procurement.domain.MatchResult;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.ports.out.InvoiceOutcomes;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes a supplier's invoice or credit note in, in the message's transaction: once per invoice number of the
 * supplier, mapped to our PO lines, matched three ways. Lines are put in our terms as acknowledgements are (PO line by
 * echoed number or item ids, a substitute the supplier acknowledged by its line, units to the line's unit); what
 * cannot be mapped parks the message. The same invoice sent again changes nothing; another one under a number
 * already used is refused (the number is unique per supplier and credit-note flag). An invoice of an order we do not
 * know is kept and held (PO_UNKNOWN). A test message is judged, nothing is stored or published.
 */
@Component
class SupplierInvoiceIntake {

	private final PurchaseOrders orders;
	private final ItemResolver items;
	private final SupplierInvoices invoices;
	private final InvoiceMatching matching;
	private final SupplierEvents events;
	private final InvoiceOutcomes outcomes;
	private final Clock clock;

	SupplierInvoiceIntake(PurchaseOrders orders, ItemResolver items, SupplierInvoices invoices,
			InvoiceMatching matching, SupplierEvents events, InvoiceOutcomes outcomes, Clock clock) {
		this.orders = orders;
		this.items = items;
		this.invoices = invoices;
		this.matching = matching;
		this.events = events;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	DocumentOutcome apply(ReceivedMessage message, ReceivedInvoice received, PartnerProfile profile)
			throws MappingFailure {
		ReceivedInvoice document = inPositiveTerms(received);
		amountsFit(document);
		String supplierId = profile.supplierId();
		String poNumber = poNumber(document);
		Optional<PurchaseOrder> order = Optional.empty();
		if (PurchaseOrderId.isPoNumber(poNumber)) {
			PurchaseOrderId id = new PurchaseOrderId(supplierId, poNumber);
			order = message.test() ? orders.find(id) : orders.findForUpdate(id);
		}
		List<InvoiceLine> lines = order.isPresent() ? lines(document, profile, order.get())
				: unmatchedLines(document, profile);
		String currency = currency(document, order.orElse(null));
		String flow = order.flatMap(it -> orders.correlationOf(it.id())).orElseGet(Correlation::current).value();
		SupplierInvoice invoice = new SupplierInvoice(new SupplierInvoice.Header(supplierId,
				document.invoiceNumber().strip(), document.creditNote(), trim(document.originalInvoiceNumber(), 40),
				poNumber, document.invoiceDate(), currency, document.totalAmount(), message.channel().name(),
				message.id().toString(), flow, contentHash(document), message.receivedAt()), lines,
				charges(document));
		MatchResult result = order.isPresent() ? matching.judge(invoice, order.get())
				: MatchResult.held(new Hold(Hold.PO_UNKNOWN, "purchase order " + poNumber + " of supplier "
						+ supplierId + " is not known"));
		Instant now = clock.instant();
		invoice.settle(result, matching.tolerancesOf(supplierId).waitForGoods(), now);
		if (message.test()) {
			Optional<String> stored = invoices.contentHashOf(supplierId, invoice.invoiceNumber(), invoice.creditNote());
			return outcome(document, poNumber, stored.isPresent() ? DocumentResult.DUPLICATE : DocumentResult.APPLIED,
					PartnerDocumentApplication.TEST + (stored.isPresent() ? duplicate(invoice, stored.get())
							: explain(invoice)));
		}
		Optional<String> stored = invoices.insertFirst(invoice);
		if (stored.isPresent()) {
			outcomes.count("duplicate");
			return outcome(document, poNumber, DocumentResult.DUPLICATE, duplicate(invoice, stored.get()));
		}
		events.invoiceReceived(invoice);
		matching.announce(invoice, order.orElse(null));
		return outcome(document, poNumber, DocumentResult.APPLIED, explain(invoice));
	}

	private static DocumentOutcome outcome(ReceivedInvoice document, @Nullable String poNumber, DocumentResult result,
			String explanation) {
		return new DocumentOutcome(document.documentId(), DocumentKind.INVOICE, trim(poNumber, 40), result,
				explanation);
	}

	private static String duplicate(SupplierInvoice invoice, String storedHash) {
		String what = (invoice.creditNote() ? "Credit note " : "Invoice ") + invoice.invoiceNumber();
		return storedHash.equals(invoice.header().contentHash()) ? what + " was taken in before; nothing changed"
				: what + " refused (DUPLICATE): the number was used before for a different "
						+ (invoice.creditNote() ? "credit note" : "invoice") + "; nothing is billed";
	}

	private static String explain(SupplierInvoice invoice) {
		String what = (invoice.creditNote() ? "Credit note " : "Invoice ") + invoice.invoiceNumber() + " of "
				+ Money.rounded(invoice.total(), invoice.currency()) + " for purchase order " + invoice.poNumber() + ": ";
		if (invoice.status() == InvoiceStatus.MATCHED) {
			return what + "matched";
		}
		String reasons = String.join("; ", invoice.holds().stream().map(Hold::reason).toList());
		return invoice.status() == InvoiceStatus.WAITING_FOR_GOODS
				? what + "waiting for goods until "
						+ invoice.waitUntil().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (" + reasons + ")"
				: what + "held (" + reasons + ")";
	}

	private static @Nullable String poNumber(ReceivedInvoice document) {
		String po = document.poNumber() != null || document.lines().isEmpty() ? document.poNumber()
				: document.lines().get(0).poNumber();
		return po == null ? null : po.strip();
	}

	private List<InvoiceLine> lines(ReceivedInvoice document, PartnerProfile profile, PurchaseOrder order)
			throws MappingFailure {
		List<InvoiceLine> lines = new ArrayList<>();
		int position = 0;
		for (ReceivedInvoice.Line line : document.lines()) {
			position++;
			String where = "line " + position;
			if (line.poNumber() != null && !line.poNumber().strip().equals(order.id().poNumber())) {
				lines.add(unmatched(position, line, profile));
				continue;
			}
			PurchaseOrderLine ordered = orderLine(line, profile, order, where);
			Sku sku = substituteNamed(line, profile, ordered, where) ? ordered.state().substitute() : ordered.sku();
			Quantity quantity = items.toOurUnits(line.quantity(), line.unit(), ordered, profile, where);
			BigDecimal amount = amount(line);
			BigDecimal unitPrice = quantity.isZero() ? line.unitPrice()
					: amount.divide(quantity.amount(), 4, RoundingMode.HALF_UP);
			lines.add(new InvoiceLine(position, ordered.lineNumber(), sku.code(), quantity.amount(),
					quantity.unit().code(), quantity.amount().compareTo(line.quantity()) == 0 ? line.unitPrice()
							: unitPrice,
					amount, partnerItem(line)));
		}
		return lines;
	}

	/** The PO line an invoiced line bills: as an acknowledgement's line is found, or the line a substitute answers. */
	private PurchaseOrderLine orderLine(ReceivedInvoice.Line line, PartnerProfile profile, PurchaseOrder order,
			String where) throws MappingFailure {
		try {
			return items.line(line.lineNumber(), line.items(), profile, order, where);
		}
		catch (MappingFailure failure) {
			if (line.items().isEmpty()) {
				throw failure;
			}
			Sku named = items.sku(line.items(), profile, where);
			List<PurchaseOrderLine> substituted = order.lines().stream()
				.filter(it -> named.equals(it.state().substitute()))
				.filter(it -> line.lineNumber() == null || sameNumber(it.lineNumber(), line.lineNumber()))
				.toList();
			if (substituted.size() != 1) {
				throw failure;
			}
			return substituted.get(0);
		}
	}

	private boolean substituteNamed(ReceivedInvoice.Line line, PartnerProfile profile, PurchaseOrderLine ordered,
			String where) {
		if (ordered.state().substitute() == null || line.items().isEmpty()) {
			return false;
		}
		try {
			return ordered.state().substitute().equals(items.sku(line.items(), profile, where));
		}
		catch (MappingFailure notInTheCrossReference) {
			return false;
		}
	}

	private static boolean sameNumber(String ours, String theirs) {
		return ours.replaceFirst("^0+(?=.)", "").equals(theirs.strip().replaceFirst("^0+(?=.)", ""));
	}

	/** Lines of an invoice whose order we do not know: kept as sent, with our SKU where the cross-reference says. */
	private List<InvoiceLine> unmatchedLines(ReceivedInvoice document, PartnerProfile profile) {
		List<InvoiceLine> lines = new ArrayList<>();
		int position = 0;
		for (ReceivedInvoice.Line line : document.lines()) {
			lines.add(unmatched(++position, line, profile));
		}
		return lines;
	}

	private InvoiceLine unmatched(int position, ReceivedInvoice.Line line, PartnerProfile profile) {
		String sku;
		try {
			sku = line.items().isEmpty() ? null : items.sku(line.items(), profile, "line " + position).code();
		}
		catch (MappingFailure unknown) {
			sku = null;
		}
		String unit = line.unit() != null && line.unit().strip().matches("[A-Za-z0-9]{2,3}")
				? line.unit().strip().toUpperCase(Locale.ROOT) : null;
		return new InvoiceLine(position, null, sku, line.quantity().abs(), unit, line.unitPrice().abs(),
				amount(line).abs(), partnerItem(line));
	}

	/**
	 * Each line's amount (quantity x unit price), the lines and charges added up and the stated total are kept as
	 * amounts: each must fit one ({@link DecimalLimit#AMOUNT}), though every factor on its own does, or the invoice is
	 * refused, saying which.
	 */
	private static void amountsFit(ReceivedInvoice document) {
		BigDecimal total = BigDecimal.ZERO;
		int position = 0;
		for (ReceivedInvoice.Line line : document.lines()) {
			position++;
			BigDecimal amount = amount(line).abs();
			refuseUnfit("line " + position + ": its amount (quantity x unit price) " + amount.toPlainString(), amount);
			total = total.add(amount);
		}
		for (ReceivedInvoice.Charge charge : document.charges()) {
			total = total.add(charge.amount().abs());
		}
		refuseUnfit("the invoice's lines and charges add up to " + total.toPlainString() + ", which", total);
		if (document.totalAmount() != null) {
			refuseUnfit("the invoice total " + document.totalAmount().toPlainString(), document.totalAmount().abs());
		}
	}

	private static void refuseUnfit(String what, BigDecimal amount) {
		String problem = DecimalLimit.AMOUNT.problem(amount.setScale(DecimalLimit.AMOUNT_DECIMALS, RoundingMode.HALF_UP));
		if (problem != null) {
			throw new IllegalArgumentException(what + " " + problem);
		}
	}

	private static BigDecimal amount(ReceivedInvoice.Line line) {
		return line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
	}

	private static @Nullable String partnerItem(ReceivedInvoice.Line line) {
		String described = String.join(", ", line.items().stream()
			.map(id -> (id.qualifier().isBlank() ? "" : id.qualifier().strip() + " ") + id.value().strip()).toList());
		return described.isEmpty() ? null : trim(described, 100);
	}

	private static List<InvoiceCharge> charges(ReceivedInvoice document) {
		List<InvoiceCharge> charges = new ArrayList<>();
		for (ReceivedInvoice.Charge charge : document.charges()) {
			String kind = charge.kind().strip().toUpperCase(Locale.ROOT);
			BigDecimal amount = charge.amount().abs();
			String description = charge.description() != null && !charge.description().isBlank() ? charge.description()
					: charge.code() != null && !charge.code().isBlank() ? kind + " " + charge.code() : kind;
			charges.add(new InvoiceCharge(kind, trim(description.strip(), 200),
					InvoiceCharge.ALLOWANCE.equals(kind) ? amount.negate() : amount));
		}
		return charges;
	}

	/**
	 * A credit note in positive amounts: partners write one either way (an 810 credit memo often with a negative
	 * IT102 or TDS), and the credit-note flag already says which way the money goes.
	 */
	static ReceivedInvoice inPositiveTerms(ReceivedInvoice document) {
		if (!document.creditNote()) {
			return document;
		}
		return new ReceivedInvoice(document.documentId(), document.invoiceNumber(), document.invoiceDate(),
				document.poNumber(), true, document.originalInvoiceNumber(), document.currency(),
				document.lines().stream()
					.map(line -> new ReceivedInvoice.Line(line.lineNumber(), line.poNumber(), line.items(),
							line.quantity().abs(), line.unit(), line.unitPrice().abs()))
					.toList(),
				document.charges().stream()
					.map(charge -> new ReceivedInvoice.Charge(charge.kind(), charge.code(), charge.amount().abs(),
							charge.description()))
					.toList(),
				document.totalAmount() == null ? null : document.totalAmount().abs());
	}

	private static String currency(ReceivedInvoice document, @Nullable PurchaseOrder order) {
		String given = document.currency() != null && !document.currency().isBlank() ? document.currency().strip()
				: order != null ? order.currency() : null;
		if (given == null) {
			return "XXX";
		}
		String code = given.toUpperCase(Locale.ROOT);
		try {
			if (!code.matches("[A-Z]{3}")) {
				throw new IllegalArgumentException(code);
			}
			java.util.Currency.getInstance(code);
		}
		catch (IllegalArgumentException unknown) {
			throw new IllegalArgumentException("Currency " + given + " is not an ISO 4217 code");
		}
		return code;
	}

	private static @Nullable String trim(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** A hash of what the invoice says (not of how it was wrapped), to tell a re-sent invoice from another one. */
	static String contentHash(ReceivedInvoice document) {
		StringBuilder text = new StringBuilder();
		text.append(document.invoiceNumber().strip()).append('|').append(document.invoiceDate()).append('|')
			.append(document.poNumber()).append('|').append(document.creditNote()).append('|')
			.append(document.originalInvoiceNumber()).append('|').append(document.currency()).append('|')
			.append(number(document.totalAmount()));
		for (ReceivedInvoice.Line line : document.lines()) {
			text.append("\nL|").append(line.lineNumber()).append('|').append(line.poNumber()).append('|')
				.append(number(line.quantity())).append('|').append(line.unit()).append('|')
				.append(number(line.unitPrice()));
			for (PartnerItemId id : line.items()) {
				text.append('|').append(id.qualifier()).append(':').append(id.value());
			}
		}
		for (ReceivedInvoice.Charge charge : document.charges()) {
			text.append("\nC|").append(charge.kind()).append('|').append(charge.code()).append('|')
				.append(number(charge.amount())).append('|').append(charge.description());
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String number(@Nullable BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}
}
