package org.distributionhub.erpgateway.adapters.in.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.TakeInOutcome.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the inbox folder of the file ERP (hub.erp.adapter=file) in name order: each *.json file is one purchase
 * order. Taken in (published or unchanged), it moves to the archive folder; refused, to the error folder with a
 * NAME.error.txt beside it saying why. The move follows the commit, so a file left behind by a crash is read again
 * and, unchanged, only archived. Writers put a file in place atomically (write under another name, then rename).
 */
@Component
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "file", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "hub.erp.purchase-orders.enabled", matchIfMissing = true)
class FilePurchaseOrderInbox {

	private static final Logger LOG = LoggerFactory.getLogger(FilePurchaseOrderInbox.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private final FileInboxProperties folders;
	private final TakeInPurchaseOrder intake;
	private final PurchaseOrderFiles files;

	FilePurchaseOrderInbox(FileInboxProperties folders, TakeInPurchaseOrder intake, JsonMapper json) {
		this.folders = folders;
		this.intake = intake;
		this.files = new PurchaseOrderFiles(json);
	}

	@Scheduled(fixedDelayString = "${hub.erp.file.inbox-poll-interval:10s}",
			initialDelayString = "${hub.erp.file.inbox-poll-interval:10s}")
	void readOnSchedule() {
		try {
			readInbox();
		}
		catch (RuntimeException e) {
			LOG.error("Reading the purchase order inbox {} failed; the next round tries again", folders.inbox(), e);
		}
	}

	/** Takes in every file now in the inbox; returns how many were archived or set aside. */
	int readInbox() {
		if (!Files.isDirectory(folders.inbox())) {
			return 0;
		}
		List<Path> waiting;
		try (Stream<Path> listing = Files.list(folders.inbox())) {
			waiting = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException e) {
			LOG.warn("Cannot list the purchase order inbox {}: {}", folders.inbox(), e.toString());
			return 0;
		}
		int done = 0;
		for (Path file : waiting) {
			try {
				take(file);
				done++;
			}
			catch (IOException e) {
				LOG.warn("Purchase order file {} stays in the inbox for now: {}", file, e.toString());
			}
		}
		return done;
	}

	private void take(Path file) throws IOException {
		String reason;
		try {
			var outcome = intake.takeIn(files.read(Files.readString(file, StandardCharsets.UTF_8)));
			if (outcome.result() != Result.REFUSED) {
				move(file, folders.archive());
				return;
			}
			reason = outcome.reason();
		}
		catch (PurchaseOrderFiles.Unreadable e) {
			reason = "Purchase order file " + file.getFileName() + " not taken in: " + e.getMessage();
			LOG.warn(reason);
		}
		Path moved = move(file, folders.error());
		Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"),
				Instant.now() + " " + reason + System.lineSeparator(), StandardCharsets.UTF_8);
	}

	private static Path move(Path file, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = folder.resolve(file.getFileName());
		if (Files.exists(target)) {
			String name = file.getFileName().toString();
			target = folder.resolve(name.substring(0, name.length() - ".json".length()) + "-" + STAMP.format(Instant.now())
					+ ".json");
		}
		try {
			return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			return Files.move(file, target);
		}
	}
}
