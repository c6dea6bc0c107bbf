package org.distributionhub.console.adapters.in.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPartnerMessages.MessagePage;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.api.ReplayParkedDocuments;
import org.distributionhub.supplier.api.ReplayParkedDocuments.ReplayResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Partner messages as received (raw content, what was read, the 997, CONTRL or TA1 sent, the outcome; test traffic
 * marked and filterable), documents parked as mapping
 * exceptions with their replay (reason required, audited by the Supplier module), and overdue acknowledgements.
 */
@Controller
class PartnerMessagesConsoleController {

	static final int PAGE_SIZE = 50;

	private final FindPartnerMessages messages;
	private final FindOverdueAcknowledgements overdue;
	private final ReplayParkedDocuments replay;

	PartnerMessagesConsoleController(FindPartnerMessages messages, FindOverdueAcknowledgements overdue,
			ReplayParkedDocuments replay) {
		this.messages = messages;
		this.overdue = overdue;
		this.replay = replay;
	}

	@GetMapping("/console/partner-messages")
	String list(@RequestParam(required = false) @Nullable String supplier,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String traffic, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/partner-messages");
		int pageNumber = Math.max(0, page);
		@Nullable String wanted = blank(status);
		@Nullable MessageStatus known = wanted == null ? null : named(MessageStatus.values(), wanted);
		@Nullable String wantedChannel = blank(channel);
		@Nullable Channel knownChannel = wantedChannel == null ? null : named(Channel.values(), wantedChannel);
		@Nullable String wantedTraffic = blank(traffic);
		@Nullable Boolean test = wantedTraffic == null ? null : switch (wantedTraffic) {
			case "test" -> Boolean.TRUE;
			case "live" -> Boolean.FALSE;
			default -> null;
		};
		boolean unknown = wanted != null && known == null || wantedChannel != null && knownChannel == null
				|| wantedTraffic != null && test == null;
		MessagePage found = unknown ? new MessagePage(List.of(), 0, pageNumber, PAGE_SIZE)
				: messages.messages(blank(supplier), known, knownChannel, blank(text), test, pageNumber, PAGE_SIZE);
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("page", new PageOf<>(found.rows(), pageNumber, PAGE_SIZE, found.total()));
		model.addAttribute("supplier", Objects.requireNonNullElse(supplier, ""));
		model.addAttribute("status", Objects.requireNonNullElse(status, ""));
		model.addAttribute("channel", Objects.requireNonNullElse(channel, ""));
		model.addAttribute("text", Objects.requireNonNullElse(text, ""));
		model.addAttribute("traffic", Objects.requireNonNullElse(traffic, ""));
		return view;
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

	@GetMapping("/console/parked")
	String parked(@RequestParam(defaultValue = "true") boolean openOnly, Model model) {
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("parked", messages.parked(null, openOnly, 500));
		return "console/parked";
	}

	@PostMapping("/console/parked/{id}/replay")
	String replay(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Authentication user,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "A replay needs a reason for the audit trail");
			return parked(true, model);
		}
		ReplayResult result = replay.replay(id, reason.strip(), user.getName());
		redirect.addFlashAttribute("notice", "Replay " + result.outcome() + ": " + result.explanation());
		return "redirect:/console/parked";
	}

	@GetMapping("/console/overdue")
	String overdue(Model model) {
		model.addAttribute("overdue", overdue.overdue(500));
		return "console/overdue";
	}

	/** The status of this name; no message has a status the hub does not know. */
	/** The constant of that name, or null: an unknown filter value finds nothing, as the query would. */
	private static <E extends Enum<E>> @Nullable E named(E[] values, String name) {
		return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
