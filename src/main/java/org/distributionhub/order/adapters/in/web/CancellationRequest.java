package org.distributionhub.order.adapters.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the channel cancels an order. */
record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
