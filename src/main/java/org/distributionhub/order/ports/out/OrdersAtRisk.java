package org.distributionhub.order.ports.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.distributionhub.order.api.FindOrdersAtRisk.OpenOrders;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderAtRisk;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderWorth;

/** The order headers the operations cockpit weighs, read from their columns without loading whole orders. */
public interface OrdersAtRisk {

	List<OrderAtRisk> needingAttention(Instant placedBefore, int limit);

	List<OrderWorth> worth(Collection<String> orderIds);

	List<OpenOrders> openAt(String warehouse, int sample);
}
