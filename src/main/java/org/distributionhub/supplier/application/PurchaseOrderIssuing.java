package org.distributionhub.supplier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.domain.PartnerProfile;
import org.distributionhub.supplier.domain.PurchaseOrder;
import org.distributionhub.supplier.domain.PurchaseOrderId;
import org.distributionhub.supplier.domain.PurchaseOrderLine;
import org.distributionhub.supplier.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.ports.in.UnknownSupplierException;
import org.distributionhub.supplier.ports.out.PartnerProfiles;
import org.distributionhub.supplier.ports.out.PurchaseOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes purchase orders in, once per revision: stores them, sends them to the supplier and publishes
 * {@code PurchaseOrderIssued}, all in one transaction.
 */
@Service
class PurchaseOrderIssuing implements IssuePurchaseOrder {

	private final PartnerProfiles profiles;
	private final PurchaseOrders orders;
	private final PurchaseOrderDispatch dispatch;
	private final SupplierEvents events;
	private final Clock clock;

	PurchaseOrderIssuing(PartnerProfiles profiles, PurchaseOrders orders, PurchaseOrderDispatch dispatch,
			SupplierEvents events, Clock clock) {
		this.profiles = profiles;
		this.orders = orders;
		this.dispatch = dispatch;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssueResult issue(IssuePurchaseOrderCommand command) {
		PartnerProfile profile = profiles.find(command.supplierId()).filter(PartnerProfile::active)
				.orElseThrow(() -> new UnknownSupplierException(command.supplierId()));
		Instant now = clock.instant();
		PurchaseOrder incoming = toOrder(command, profile, now);
		Optional<PurchaseOrder> known = orders.findForUpdate(incoming.id());
		if (known.isEmpty()) {
			orders.insert(incoming, now);
			dispatch.dispatch(incoming, profile);
			events.issued(incoming, incoming.lines());
			return result(command, "CREATED", incoming.revision());
		}
		PurchaseOrder order = known.get();
		if (command.revision() == order.revision()) {
			return result(command, "UNCHANGED", order.revision());
		}
		if (!order.revise(incoming, profile.acknowledgementDue(), now)) {
			return result(command, "SUPERSEDED", order.revision());
		}
		orders.update(order, now);
		dispatch.dispatch(order, profile);
		events.issued(order, order.lines());
		return result(command, "REVISED", order.revision());
	}

	private static IssueResult result(IssuePurchaseOrderCommand command, String outcome, int current) {
		return new IssueResult(command.supplierId(), command.poNumber(), command.revision(), outcome, current);
	}

	private static PurchaseOrder toOrder(IssuePurchaseOrderCommand command, PartnerProfile profile, Instant now) {
		Currency currency = command.currency() == null ? null
				: Currency.getInstance(command.currency().strip().toUpperCase(Locale.ROOT));
		var lines = command.lines().stream().map(line -> new PurchaseOrderLine(line.lineNumber().strip(),
				new Sku(line.sku()), new Quantity(line.quantity(), new UnitOfMeasure(line.unit())),
				line.unitPrice() == null ? null : new Money(line.unitPrice(), requireCurrency(currency)),
				line.requestedDate(), null)).toList();
		return new PurchaseOrder(new PurchaseOrderId(profile.supplierId(), command.poNumber()), command.revision(),
				command.orderDate(), command.shipTo(), currency == null ? null : currency.getCurrencyCode(), lines,
				now.plus(profile.acknowledgementDue()));
	}

	private static Currency requireCurrency(@org.jspecify.annotations.Nullable Currency currency) {
		if (currency == null) {
			throw new IllegalArgumentException("A line has a unit price, so the purchase order needs a currency");
		}
		return currency;
	}
}
