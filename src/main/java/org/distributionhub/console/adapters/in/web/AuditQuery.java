package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.AuditFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit trail's filter and page as the request carries them; times are datetime-local values read as UTC. */
record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String from, @Nullable String to,
		@Nullable String text, @Nullable String page) {

	AuditFilter toFilter() {
		try {
			return new AuditFilter(actor, action, QueryParameters.utc("From", from), QueryParameters.utc("To", to),
					text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFilterException(e.getMessage());
		}
	}

	public int pageNumber() {
		return QueryParameters.page(page);
	}

	public String pageLink(int number) {
		return filtered("/console/audit").queryParam("page", number).build().encode().toUriString();
	}

	public String csvLink() {
		return filtered("/console/audit.csv").build().encode().toUriString();
	}

	private UriComponentsBuilder filtered(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		QueryParameters.add(uri, "actor", actor);
		QueryParameters.add(uri, "action", action);
		QueryParameters.add(uri, "from", from);
		QueryParameters.add(uri, "to", to);
		QueryParameters.add(uri, "text", text);
		return uri;
	}
}
