package org.distributionhub.inventory.adapters.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.adapters.in.files.DelimitedText;
import org.distributionhub.inventory.adapters.in.files.InventoryFeedCsv;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.FeedRow;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.InventoryFeedCommand;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.inventory.ports.in.FindInventoryFeedRuns;
import org.distributionhub.inventory.ports.in.InventoryFeedResult;
import org.distributionhub.inventory.ports.in.InventoryFeedRunView;
import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.platform.api.Intake;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.TextValues;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inventory feeds by API: a CSV (comma, semicolon, tab or pipe separated) or a JSON list of items, FULL or DELTA,
 * for one warehouse; answered 200 with what the run did, rejected rows included. The body may not exceed
 * hub.inventory.max-feed-size (413); other media types get 415. The recorded runs can be read back.
 */
@RestController
@Intake
class InventoryFeedController {

	static final String PATH = "/api/v1/inventory/feeds";
	static final String TSV = "text/tab-separated-values";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final ApplyInventoryFeed feeds;
	private final FindInventoryFeedRuns runs;
	private final long maxBytes;

	InventoryFeedController(ApplyInventoryFeed feeds, FindInventoryFeedRuns runs,
			@Value("${hub.inventory.max-feed-size:20MB}") DataSize maxFeedSize) {
		this.feeds = feeds;
		this.runs = runs;
		this.maxBytes = maxFeedSize.toBytes();
	}

	/** What a feed run did; {@code ignoredColumns} are CSV columns the feed does not use. */
	record InventoryFeedResponse(UUID runId, FeedMode mode, String warehouse, int rows, int applied, int unchanged,
			int zeroed, List<FeedRowProblem> rejected, boolean zeroingSkipped, @Nullable String note,
			List<String> ignoredColumns) {

		static InventoryFeedResponse of(InventoryFeedResult result, List<String> ignoredColumns) {
			return new InventoryFeedResponse(result.runId(), result.mode(), result.warehouse(), result.rows(),
					result.applied(), result.unchanged(), result.zeroed(), result.rejected(), result.zeroingSkipped(),
					result.note(), ignoredColumns);
		}
	}

	@PostMapping(path = PATH, consumes = { "text/csv", TSV }, produces = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Stock on hand per SKU as CSV or TSV with a header row (sku, quantity, unit, warehouse)",
			required = true, content = { @Content(mediaType = "text/csv",
					examples = @ExampleObject(name = "feed", value = """
							sku,quantity,unit
							SKU-100,40,EA
							SKU-200,0,EA
							""")),
				@Content(mediaType = "text/tab-separated-values", examples = @ExampleObject(name = "feed", value = """
							sku	quantity	unit
							SKU-100	40	EA
							SKU-200	0	EA
							""")) })
	InventoryFeedResponse csv(@RequestParam(required = false) @Nullable String warehouse,
			@RequestParam(required = false) @Nullable String mode, HttpServletRequest request) throws IOException {
		byte[] body = body(request);
		InventoryFeedCsv.Parsed parsed;
		try {
			parsed = InventoryFeedCsv.read(body);
		}
		catch (DelimitedText.NotReadable unreadable) {
			throw new FeedNotReadable(FieldPaths.BODY, unreadable.getMessage());
		}
		return InventoryFeedResponse.of(feeds.apply(new InventoryFeedCommand(Correlation.current(), warehouse, mode,
				IntakeChannel.API, reference(), parsed.rows(), parsed.unreadable())), parsed.ignoredColumns());
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Stock on hand per SKU: FULL zeroes what it does not name, DELTA changes only what it names",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "delta feed", value = """
							{
							  "warehouse": "MAIN",
							  "mode": "DELTA",
							  "items": [
							    {
							      "sku": "SKU-100",
							      "quantity": 40,
							      "unit": "EA"
							    },
							    {
							      "sku": "SKU-200",
							      "quantity": 0
							    }
							  ]
							}
							""")) })
	InventoryFeedResponse json(@RequestParam(required = false) @Nullable String warehouse,
			@RequestParam(required = false) @Nullable String mode, HttpServletRequest request) throws IOException {
		JsonNode feed;
		try {
			feed = JSON.readTree(body(request));
		}
		catch (tools.jackson.core.JacksonException e) {
			throw new FeedNotReadable(FieldPaths.BODY, "The body is not JSON: " + e.getOriginalMessage());
		}
		if (feed == null || !feed.isObject()) {
			throw new FeedNotReadable(FieldPaths.BODY, "The body must be a JSON object with warehouse, mode and items");
		}
		TextValues.errors(feed).stream().findFirst().ifPresent(error -> {
			throw new FeedNotReadable(error.get("path"), error.get("message"));
		});
		JsonNode items = feed.path("items");
		if (!items.isArray()) {
			throw new FeedNotReadable("$.items", "must be a list of items, each with sku and quantity");
		}
		var rows = new ArrayList<FeedRow>();
		var unreadable = new ArrayList<FeedRowProblem>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			if (!item.isObject()) {
				unreadable.add(new FeedRowProblem(i + 1, "sku", "an item must be an object with sku and quantity"));
				continue;
			}
			rows.add(new FeedRow(i + 1, text(item.path("warehouse")), text(item.path("sku")),
					text(item.path("quantity")), text(item.path("unit"))));
		}
		return InventoryFeedResponse.of(feeds.apply(new InventoryFeedCommand(Correlation.current(),
				orElse(text(feed.path("warehouse")), warehouse), orElse(text(feed.path("mode")), mode), IntakeChannel.API,
				reference(), rows, unreadable)), List.of());
	}

	@GetMapping(path = PATH + "/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	List<InventoryFeedRunView> runs(@RequestParam(required = false) @Nullable String warehouse,
			@RequestParam(defaultValue = "50") int limit) {
		return runs.recent(warehouse == null || warehouse.isBlank() ? null : warehouse.strip(), limit);
	}

	/** The body, read up to the limit whatever Content-Length says. */
	private byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw new FeedTooLarge(maxBytes);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (content.length > maxBytes) {
				throw new FeedTooLarge(maxBytes);
			}
			return content;
		}
	}

	private static String reference() {
		return "api:" + Correlation.current().value();
	}

	/** A JSON value as text: numbers exactly as written, null for null or missing. */
	private static @Nullable String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue().toPlainString();
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	private static @Nullable String orElse(@Nullable String first, @Nullable String second) {
		return first != null && !first.isBlank() ? first : second;
	}

	/** A feed body larger than hub.inventory.max-feed-size. */
	static final class FeedTooLarge extends RuntimeException {

		FeedTooLarge(long limit) {
			super("The feed is larger than " + limit + " bytes (hub.inventory.max-feed-size); send it in parts or "
					+ "drop it into the warehouse folder");
		}
	}

	/** A feed body that cannot be read at all: no usable header, not JSON, no items. */
	static final class FeedNotReadable extends RuntimeException {

		private final String path;

		FeedNotReadable(String path, String message) {
			super(message);
			this.path = path;
		}

		String path() {
			return path;
		}
	}
}
