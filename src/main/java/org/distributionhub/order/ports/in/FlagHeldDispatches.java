package org.distributionhub.order.ports.in;

/** Flags the dispatches held longer than hub.order.held-dispatch-limit, once each, and says how many it flagged. */
public interface FlagHeldDispatches {

	int flagDue();
}
