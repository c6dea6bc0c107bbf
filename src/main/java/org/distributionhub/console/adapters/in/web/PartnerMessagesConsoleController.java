package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.MessageStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Partner messages as received (raw content, what was read, the 997, CONTRL or TA1 sent, the outcome; test traffic
 * marked and filterable), a page at a time and as a CSV download of the whole filtered list.
 */
@Controller
class PartnerMessagesConsoleController {

	static final int PAGE_SIZE = 50;

	static final List<String> CSV_HEADER = List.of("id", "received_at", "supplier", "channel", "source", "file",
			"bytes", "status", "test", "correlation_id", "summary");

	private final FindPartnerMessages messages;
	private final Clock clock;

	PartnerMessagesConsoleController(FindPartnerMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/partner-messages")
	String list(PartnerMessageQuery query, HttpServletRequest request, HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/partner-messages");
		int number = QueryParameters.pageOrFirst(query.page(), response, model);
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("query", query);
		model.addAttribute("page", query.find(messages, number, PAGE_SIZE));
		return view;
	}

	@GetMapping("/console/partner-messages.csv")
	void export(PartnerMessageQuery query, HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "partner-messages", clock.instant(), CSV_HEADER,
				(page, size) -> query.find(messages, page, size).items(), PartnerMessagesConsoleController::row);
	}

	@GetMapping("/console/partner-messages/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var receipt = messages.receipt(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner message " + id));
		var content = messages.content(id).orElseThrow();
		model.addAttribute("receipt", receipt);
		model.addAttribute("content", content);
		model.addAttribute("text", content.text());
		model.addAttribute("functionalAck", receipt.functionalAckId() == null ? null
				: messages.outboxContent(receipt.functionalAckId())
					.map(ack -> new String(ack.content(), StandardCharsets.UTF_8))
					.orElse(null));
		model.addAttribute("interchangeAck", receipt.interchangeAckId() == null ? null
				: messages.outboxContent(receipt.interchangeAckId())
					.map(ack -> new String(ack.content(), StandardCharsets.UTF_8))
					.orElse(null));
		return "console/partner-message";
	}

	private static List<String> row(MessageRow m) {
		return List.of(m.id().toString(), CsvDownload.iso(m.receivedAt()), m.supplierId(), m.channel().name(),
				m.source(), CsvDownload.text(m.fileName()), Integer.toString(m.size()), m.status().name(),
				Boolean.toString(m.test()), m.correlationId(), m.summary());
	}
}
