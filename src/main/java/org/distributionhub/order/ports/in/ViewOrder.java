package org.distributionhub.order.ports.in;

import java.util.Optional;

/** One order as the intake API shows it. */
public interface ViewOrder {

	Optional<OrderView> view(String orderId);
}
