package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.DeliveryFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The deliveries' filter and page as the request carries them; the status is FAILED, DEAD_LETTERED or empty. */
record DeliveryQuery(@Nullable String type, @Nullable String listener, @Nullable String status,
		@Nullable String page) {

	DeliveryFilter toFilter() {
		try {
			return new DeliveryFilter(type, listener, QueryParameters.status(status));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFilterException(e.getMessage());
		}
	}

	public int pageNumber() {
		return QueryParameters.page(page);
	}

	public String pageLink(int number) {
		return filtered("/console/deliveries").queryParam("page", number).build().encode().toUriString();
	}

	/** The CSV download of every delivery this filter matches. */
	public String csvLink() {
		return filtered("/console/deliveries.csv").build().encode().toUriString();
	}

	private UriComponentsBuilder filtered(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		QueryParameters.add(uri, "type", type);
		QueryParameters.add(uri, "listener", listener);
		QueryParameters.add(uri, "status", status);
		return uri;
	}
}
