package org.distributionhub.console.adapters.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.distributionhub.platform.api.PageOf;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.MessageStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The partner messages' filter and page as the request carries them. An unknown status, channel or traffic finds
 * nothing, as the query would; {@code traffic} is test, live or empty.
 */
record PartnerMessageQuery(@Nullable String supplier, @Nullable String status, @Nullable String channel,
		@Nullable String text, @Nullable String traffic, @Nullable String page) {

	PageOf<MessageRow> find(FindPartnerMessages messages, int page, int size) {
		@Nullable MessageStatus knownStatus = named(MessageStatus.values(), status);
		@Nullable Channel knownChannel = named(Channel.values(), channel);
		@Nullable Boolean test = switch (value(traffic)) {
			case "test" -> Boolean.TRUE;
			case "live" -> Boolean.FALSE;
			default -> null;
		};
		boolean unknown = !value(status).isEmpty() && knownStatus == null
				|| !value(channel).isEmpty() && knownChannel == null || !value(traffic).isEmpty() && test == null;
		if (unknown) {
			return new PageOf<>(List.of(), page, size, 0);
		}
		var found = messages.messages(blank(supplier), knownStatus, knownChannel, blank(text), test, page, size);
		return new PageOf<>(found.rows(), page, size, found.total());
	}

	public int pageNumber() {
		return QueryParameters.page(page);
	}

	public String pageLink(int number) {
		return filtered("/console/partner-messages").queryParam("page", number).build().encode().toUriString();
	}

	public String csvLink() {
		return filtered("/console/partner-messages.csv").build().encode().toUriString();
	}

	/** The value as the form shows it again: empty when not given. */
	public String value(@Nullable String given) {
		return Objects.requireNonNullElse(given, "").strip();
	}

	private UriComponentsBuilder filtered(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		QueryParameters.add(uri, "supplier", supplier);
		QueryParameters.add(uri, "status", status);
		QueryParameters.add(uri, "channel", channel);
		QueryParameters.add(uri, "text", text);
		QueryParameters.add(uri, "traffic", traffic);
		return uri;
	}

	private @Nullable <E extends Enum<E>> E named(E[] values, @Nullable String name) {
		String wanted = value(name);
		return Arrays.stream(values).filter(v -> v.name().equals(wanted)).findFirst().orElse(null);
	}

	private @Nullable String blank(@Nullable String given) {
		return value(given).isEmpty() ? null : value(given);
	}
}
