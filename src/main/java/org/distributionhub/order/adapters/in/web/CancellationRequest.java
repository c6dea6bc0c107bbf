package org.distributionhub.order.adapters.in.web;

import org.jspecify.annotations.Nullable;

/** Why the channel cancels an order; the intake checks it (1 to 500 characters). */
record CancellationRequest(@Nullable String reason) {
}
