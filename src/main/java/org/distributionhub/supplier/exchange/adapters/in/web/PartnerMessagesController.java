package org.distributionhub.supplier.exchange.adapters.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.Intake;
import org.distributionhub.platform.problems.AnswersProblems;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The partner API for what suppliers send: acknowledgements and invoices as JSON or CSV, raw X12 (855, 856, 810,
 * 997) and EDIFACT (ORDRSP, DESADV, INVOIC, CONTRL), and the receipt of each message by its tracking id. Authenticated by the supplier's API key.
 */
@RestController
@RequestMapping("/api/v1/suppliers/{supplierId}")
@AnswersProblems({ 429, 503 })
@Intake
class PartnerMessagesController {

	static final String X12 = "application/edi-x12";
	static final String EDIFACT = "application/edifact";

	private final ReceivePartnerMessage intake;
	private final FindPartnerMessages queries;
	private final PartnerGate gate;

	PartnerMessagesController(ReceivePartnerMessage intake, FindPartnerMessages queries, PartnerGate gate) {
		this.intake = intake;
		this.queries = queries;
		this.gate = gate;
	}

	@AnswersSuccess(value = 202, descriptions = "Received and kept; applied after this answer. Location tracks the message")
	@PostMapping(path = "/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "An acknowledgement as the published schema /api/schemas/acknowledgement-v1.json says",
			required = true, content = { @Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(ref = "/api/schemas/acknowledgement-v1.json"),
					examples = @ExampleObject(name = "quantity changed", value = """
							{
							  "acknowledgementId": "A-1",
							  "purchaseOrderNumber": "PO-10042",
							  "acknowledgedAt": "2026-11-27T12:00:00Z",
							  "items": [
							    {
							      "lineNumber": "1",
							      "buyerProductIdentifier": "SKU-100",
							      "acknowledgements": [
							        {
							          "code": "QuantityChanged",
							          "quantity": {
							            "amount": 60,
							            "unitOfMeasure": "EA"
							          },
							          "scheduledDeliveryDate": "2026-12-15"
							        }
							      ]
							    }
							  ]
							}
							""")) })
	ResponseEntity<?> acknowledgementJson(@PathVariable String supplierId, Principal principal,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) throws IOException {
		return receive(supplierId, principal, Channel.API, idempotencyKey, request, false);
	}

	@AnswersSuccess(value = 202, descriptions = "Received and kept; applied after this answer. Location tracks the message")
	@PostMapping(path = "/acknowledgements", consumes = "text/csv")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Acknowledged lines as CSV with a header row",
			required = true, content = { @Content(mediaType = "text/csv",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"),
					examples = @ExampleObject(name = "backordered", value = """
							retailer_po,sku_id,quantity_accepted,quantity_rejected,quantity_backordered,backorder_date,supplier_po,notes
							PO-10042,SKU-100,60,0,40,2027-01-15,SO-1,
							""")) })
	ResponseEntity<?> acknowledgementCsv(@PathVariable String supplierId, Principal principal,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) throws IOException {
		return receive(supplierId, principal, Channel.CSV, idempotencyKey, request, false);
	}

	@AnswersSuccess(value = 202, descriptions = "Received and kept; applied after this answer. Location tracks the message")
	@PostMapping(path = "/invoices", consumes = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "An invoice or credit note as the published schema /api/schemas/invoice-v1.json says",
			required = true, content = { @Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(ref = "/api/schemas/invoice-v1.json"),
					examples = @ExampleObject(name = "invoice", value = """
							{
							  "invoiceNumber": "INV-7001",
							  "type": "invoice",
							  "invoiceDate": "2026-12-01",
							  "purchaseOrderNumber": "PO-10042",
							  "currencyCode": "EUR",
							  "lines": [
							    {
							      "lineNumber": "1",
							      "vendorProductIdentifier": "VP-100",
							      "quantity": { "amount": 60, "unitOfMeasure": "EA" },
							      "unitPrice": 2.5
							    }
							  ],
							  "charges": [ { "kind": "tax", "code": "VAT", "amount": 28.5 } ],
							  "totalAmount": 178.5
							}
							""")) })
	ResponseEntity<?> invoiceJson(@PathVariable String supplierId, Principal principal,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) throws IOException {
		return receive(supplierId, principal, Channel.API, idempotencyKey, request, true);
	}

	@AnswersSuccess(value = 202, descriptions = "Received and kept; applied after this answer. Location tracks the message")
	@PostMapping(path = "/invoices", consumes = "text/csv")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Invoiced lines as CSV with a header row that names invoice_number, one row per line",
			required = true, content = { @Content(mediaType = "text/csv",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"),
					examples = @ExampleObject(name = "invoice", value = """
							invoice_number,invoice_date,type,po_number,line_number,supplier_part,quantity,unit,unit_price,currency
							INV-7001,2026-12-01,invoice,PO-10042,1,VP-100,60,EA,2.50,EUR
							""")) })
	ResponseEntity<?> invoiceCsv(@PathVariable String supplierId, Principal principal,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) throws IOException {
		return receive(supplierId, principal, Channel.CSV, idempotencyKey, request, true);
	}

	@AnswersSuccess(value = 202, descriptions = "Received and kept; applied after this answer. Location tracks the message")
	@PostMapping(path = "/edi", consumes = { X12, EDIFACT, MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "An X12 interchange (855, 856, 810, 997) or an EDIFACT one (ORDRSP, DESADV, INVOIC, CONTRL)",
			required = true, content = { @Content(mediaType = "application/edi-x12",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"),
					examples = @ExampleObject(name = "855", value = """
							ISA*00*          *00*          *ZZ*ACME           *ZZ*DISTHUB        *261127*1200*U*00401*000000102*0*P*>~
							GS*PR*ACME*DISTHUB*20261127*1200*102*X*004010~
							ST*855*0001~
							BAK*00*AC*PO-10042*20261127~
							PO1*1*100*EA***VP*VP-100~
							ACK*IA*100*EA~
							SE*5*0001~
							GE*1*102~
							IEA*1*000000102~
							""")),
				@Content(mediaType = "application/edifact",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"),
					examples = @ExampleObject(name = "ORDRSP", value = """
							UNA:+.? '
							UNB+UNOC:3+ACME:ZZ+DISTHUB:ZZ+261127:1200+102'
							UNH+1+ORDRSP:D:96A:UN'
							BGM+231+PO-10042+29'
							DTM+137:20261127:102'
							RFF+ON:PO-10042'
							LIN+1+5'
							QTY+21:100:EA'
							UNS+S'
							UNT+8+1'
							UNZ+1+102'
							""")) })
	ResponseEntity<?> edi(@PathVariable String supplierId, Principal principal,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) throws IOException {
		gate.admit(principal, supplierId);
		byte[] content = gate.body(request, supplierId);
		Channel channel = EdiSniffer.channel(content, request.getContentType());
		if (channel == null) {
			return ApiProblems.response(ApiProblems.withErrors(HttpStatus.BAD_REQUEST, ApiProblems.UNREADABLE,
					List.of(ApiProblems.error(FieldPaths.BODY,
							"The body is neither an X12 interchange (ISA...) nor an EDIFACT one (UNA/UNB...)"))));
		}
		gate.allow(supplierId, channel);
		MessageReceipt receipt = intake.receive(new ReceiveMessageCommand(supplierId, channel, "API",
				request.getContentType(), null, content, blankToNull(idempotencyKey)));
		return ReceiptResponses.of(receipt, supplierId);
	}

	@GetMapping("/messages/{trackingId}")
	ResponseEntity<?> receipt(@PathVariable String supplierId, @PathVariable UUID trackingId, Principal principal) {
		gate.admit(principal, supplierId);
		return queries.receipt(trackingId).filter(receipt -> receipt.supplierId().equals(supplierId))
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found",
					"No message " + trackingId + " of supplier " + supplierId)));
	}

	/** Takes in an acknowledgement or, when {@code invoices}, an invoice; the other kind is refused (400). */
	private ResponseEntity<?> receive(String supplierId, Principal principal, Channel channel,
			@Nullable String idempotencyKey, HttpServletRequest request, boolean invoices) throws IOException {
		gate.admit(principal, supplierId);
		gate.allow(supplierId, channel);
		byte[] content = gate.body(request, supplierId);
		Boolean invoice = channel == Channel.CSV ? Boolean.valueOf(DocumentShapes.csvInvoice(content))
				: DocumentShapes.jsonInvoice(content);
		if (invoice != null && invoice != invoices) {
			String path = channel == Channel.CSV ? "row 1" : "$.invoiceNumber";
			String message = !invoices ? "names an invoice: invoices go to /invoices"
					: channel == Channel.CSV ? "must name the column invoice_number: this endpoint takes invoices; "
							+ "acknowledgements go to /acknowledgements"
					: "is required: this endpoint takes invoices (schema /api/schemas/invoice-v1.json); "
							+ "acknowledgements go to /acknowledgements";
			return ApiProblems.response(ApiProblems.withErrors(HttpStatus.BAD_REQUEST, ApiProblems.UNREADABLE,
					List.of(ApiProblems.error(path, message))));
		}
		MessageReceipt receipt = intake.receive(new ReceiveMessageCommand(supplierId, channel, "API",
				request.getContentType(), null, content, blankToNull(idempotencyKey)));
		return ReceiptResponses.of(receipt, supplierId);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 200) {
			throw new InvalidParameter("Idempotency-Key", "has at most 200 characters");
		}
		if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
			throw new InvalidParameter("Idempotency-Key", "may hold only printable ASCII characters");
		}
		return value.strip();
	}

	/** Tells X12 from EDIFACT by the first characters, after a byte-order mark and white space. */
	static final class EdiSniffer {

		private EdiSniffer() {
		}

		static @Nullable Channel channel(byte[] content, @Nullable String contentType) {
			String head = new String(content, 0, Math.min(content.length, 16), StandardCharsets.ISO_8859_1)
				.replace("\u00ef\u00bb\u00bf", "")
				.stripLeading();
			if (head.startsWith("ISA")) {
				return Channel.X12;
			}
			if (head.startsWith("UNA") || head.startsWith("UNB")) {
				return Channel.EDIFACT;
			}
			return null;
		}
	}
}
