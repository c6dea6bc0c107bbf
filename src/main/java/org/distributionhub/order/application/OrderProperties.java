package org.distributionhub.order.application;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.distributionhub.order.domain.Invoicing;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings of customer orders ({@code hub.order.*}): the invoicing policy of orders that name none, how long
 * a dispatch may be held before it is flagged and how often that is checked, the most lines an order may have, the
 * channels taken in (empty: any), and the OMS webhook that hears of promise changes.
 */
@ConfigurationProperties("hub.order")
public record OrderProperties(@Nullable Invoicing invoicing, @Nullable Duration heldDispatchLimit,
		@Nullable Duration heldDispatchCheckInterval, int maxLines, @Nullable List<String> channels, @Nullable Oms oms) {

	public OrderProperties {
		invoicing = invoicing != null ? invoicing : Invoicing.PER_ORDER;
		heldDispatchLimit = heldDispatchLimit != null ? heldDispatchLimit : Duration.ofMinutes(30);
		heldDispatchCheckInterval = heldDispatchCheckInterval != null ? heldDispatchCheckInterval
				: Duration.ofMinutes(1);
		maxLines = maxLines > 0 ? maxLines : 500;
		channels = channels != null ? List.copyOf(channels) : List.of();
		oms = oms != null ? oms : new Oms(null, null, null, null);
	}

	/**
	 * The OMS webhook for promise changes: its URL (none: nothing is sent), the timeout of one call, and an optional
	 * bearer token and further headers (an API key header, say).
	 */
	public record Oms(@Nullable URI webhookUrl, @Nullable Duration timeout, @Nullable String bearerToken,
			@Nullable Map<String, String> headers) {

		public Oms {
			timeout = timeout != null ? timeout : Duration.ofSeconds(10);
			headers = headers != null ? Map.copyOf(headers) : Map.of();
		}
	}
}
