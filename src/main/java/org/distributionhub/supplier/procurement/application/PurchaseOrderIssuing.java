package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.exchange.api.SendPurchaseOrder;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.UnknownSupplierException;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssueOutcome;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes purchase orders in, once per revision: stores them, sends them to the supplier and publishes
 * {@code PurchaseOrderIssued}, all in one transaction. The acknowledgement is due after the time the supplier's
 * policy says (its profile's own due time when it gives one).
 */
@Service
class PurchaseOrderIssuing implements IssuePurchaseOrder {

	private final FindPartnerProfile profiles;
	private final FindPartnerPolicy policies;
	private final PurchaseOrders orders;
	private final SendPurchaseOrder sending;
	private final SupplierEvents events;
	private final Clock clock;

	PurchaseOrderIssuing(FindPartnerProfile profiles, FindPartnerPolicy policies, PurchaseOrders orders,
			SendPurchaseOrder sending, SupplierEvents events, Clock clock) {
		this.profiles = profiles;
		this.policies = policies;
		this.orders = orders;
		this.sending = sending;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssueResult issue(IssuePurchaseOrderCommand command) {
		PartnerProfile profile = profiles.profile(command.supplierId()).filter(PartnerProfile::active)
				.orElseThrow(() -> new UnknownSupplierException(command.supplierId()));
		Instant now = clock.instant();
		Duration due = policies.policy(profile.supplierId()).map(PartnerPolicy::acknowledgementDue)
			.orElse(profile.acknowledgementDue());
		PurchaseOrder incoming = toOrder(command, profile, now.plus(due));
		Optional<PurchaseOrder> known = orders.findForUpdate(incoming.id());
		if (known.isEmpty()) {
			// One flow for the order, its 850 and its event, even when the caller works for none yet.
			return Correlation.callWith(Correlation.current(), () -> {
				orders.insert(incoming, now);
				dispatch(incoming, profile);
				events.issued(incoming, incoming.lines());
				return result(command, IssueOutcome.CREATED, incoming.revision());
			});
		}
		PurchaseOrder order = known.get();
		if (command.revision() == order.revision()) {
			return result(command, IssueOutcome.UNCHANGED, order.revision());
		}
		if (!order.revise(incoming, due, now)) {
			return result(command, IssueOutcome.SUPERSEDED, order.revision());
		}
		orders.update(order, now);
		dispatch(order, profile);
		events.issued(order, order.lines());
		return result(command, IssueOutcome.REVISED, order.revision());
	}

	private void dispatch(PurchaseOrder order, PartnerProfile profile) {
		sending.send(OutboundOrders.of(order, profile), profile)
			.ifPresent(group -> orders.recordDispatchGroup(order.id(), group));
	}

	private static IssueResult result(IssuePurchaseOrderCommand command, IssueOutcome outcome, int current) {
		return new IssueResult(command.supplierId(), command.poNumber(), command.revision(), outcome, current);
	}

	private static PurchaseOrder toOrder(IssuePurchaseOrderCommand command, PartnerProfile profile, Instant dueAt) {
		Currency currency = command.currency() == null ? null
				: Currency.getInstance(command.currency().strip().toUpperCase(Locale.ROOT));
		var lines = command.lines().stream().map(line -> new PurchaseOrderLine(line.lineNumber().strip(),
				new Sku(line.sku()), new Quantity(line.quantity(), new UnitOfMeasure(line.unit())),
				line.unitPrice() == null ? null : new Money(line.unitPrice(), requireCurrency(currency)),
				line.requestedDate(), null)).toList();
		return new PurchaseOrder(new PurchaseOrderId(profile.supplierId(), command.poNumber()), command.revision(),
				command.orderDate(), command.shipTo(), currency == null ? null : currency.getCurrencyCode(), lines,
				dueAt);
	}

	private static Currency requireCurrency(@org.jspecify.annotations.Nullable Currency currency) {
		if (currency == null) {
			throw new IllegalArgumentException("A line has a unit price, so the purchase order needs a currency");
		}
		return currency;
	}
}
