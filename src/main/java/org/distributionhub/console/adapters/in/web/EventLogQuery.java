package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.EventLogFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The event log's filter and page as the request carries them; times are datetime-local values read as UTC. */
record EventLogQuery(@Nullable String type, @Nullable String listener, @Nullable String status,
		@Nullable String from, @Nullable String to, @Nullable String text, @Nullable String page) {

	EventLogFilter toFilter() {
		try {
			return new EventLogFilter(type, listener, QueryParameters.status(status), QueryParameters.utc("From", from),
					QueryParameters.utc("To", to), text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFilterException(e.getMessage());
		}
	}

	public int pageNumber() {
		return QueryParameters.page(page);
	}

	/** The event log with this filter, on the given page. */
	public String pageLink(int number) {
		var uri = filtered("/console/events");
		uri.queryParam("page", number);
		return uri.build().encode().toUriString();
	}

	/** The CSV export of every entry this filter matches. */
	public String csvLink() {
		return filtered("/console/events.csv").build().encode().toUriString();
	}

	private UriComponentsBuilder filtered(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		QueryParameters.add(uri, "type", type);
		QueryParameters.add(uri, "listener", listener);
		QueryParameters.add(uri, "status", status);
		QueryParameters.add(uri, "from", from);
		QueryParameters.add(uri, "to", to);
		QueryParameters.add(uri, "text", text);
		return uri;
	}
}
