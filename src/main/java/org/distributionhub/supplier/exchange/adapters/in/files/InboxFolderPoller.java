package org.distributionhub.supplier.exchange.adapters.in.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.partners.api.Channel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hub.supplier.inbox-poll-interval, takes each complete file from each {@code <supplierId>/inbox} folder under
 * hub.supplier.partner-folders into the partner message intake, then archives it or, refused, moves it to
 * {@code error} beside a note saying why. A file is complete once unchanged since the last look or untouched for
 * hub.supplier.inbox-settle-time. A file is moved only after the intake answered, so a crash in between takes it
 * in again: EDI is recognised by its interchange, CSV and JSON by an idempotency key from supplier, file name and
 * content, and the first receipt is returned. Off with hub.supplier.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.supplier.scheduling.enabled", matchIfMissing = true)
class InboxFolderPoller {

	private static final Logger log = LoggerFactory.getLogger(InboxFolderPoller.class);

	/** A claim older than this was left by a hub that stopped; the file goes back to the inbox. */
	static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

	/** At most this many files of one supplier per poll, so one busy partner does not hold up the others. */
	static final int FILES_PER_SUPPLIER = 50;

	private static final Set<MessageStatus> KEPT = EnumSet.of(MessageStatus.APPLIED, MessageStatus.NO_CHANGE,
			MessageStatus.DUPLICATE, MessageStatus.PARKED, MessageStatus.PARTIAL, MessageStatus.STALE);

	private static final Pattern SUPPLIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final ReceivePartnerMessage intake;
	private final InboxFolderSettings settings;
	private final Clock clock;
	private Map<Path, Look> previousLooks = Map.of();

	InboxFolderPoller(ReceivePartnerMessage intake, InboxFolderSettings settings, Clock clock) {
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hub.supplier.inbox-poll-interval:5s}",
			initialDelayString = "${hub.supplier.inbox-poll-interval:5s}")
	void poll() {
		try {
			int taken = pollOnce();
			if (taken > 0) {
				log.info("Took in {} partner file(s)", taken);
			}
		}
		catch (IOException | RuntimeException e) {
			log.error("Polling the partner inboxes failed; the next poll tries again", e);
		}
	}

	/** One look at every inbox; returns how many files were taken in (archived or refused). */
	synchronized int pollOnce() throws IOException {
		Instant now = clock.instant();
		Map<Path, Look> looks = new HashMap<>();
		int taken = 0;
		for (SupplierInbox inbox : inboxes()) {
			try {
				inbox.releaseStale(now, CLAIM_TIMEOUT);
				int fromThisSupplier = 0;
				for (Path file : inbox.waiting()) {
					Optional<Look> look = Look.of(file);
					look.ifPresent(it -> looks.put(file, it));
					if (fromThisSupplier < FILES_PER_SUPPLIER && look.isPresent()
							&& look.get().complete(previousLooks.get(file), now, settings.inboxSettleTime())
							&& take(inbox, file, look.get(), now)) {
						fromThisSupplier++;
					}
				}
				taken += fromThisSupplier;
			}
			catch (IOException e) {
				log.warn("The inbox of supplier {} could not be worked through: {}", inbox.supplierId(), e.toString());
			}
		}
		previousLooks = looks;
		return taken;
	}

	private List<SupplierInbox> inboxes() throws IOException {
		Path root = settings.partnerFolders();
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		List<SupplierInbox> inboxes = new ArrayList<>();
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.sorted().toList()) {
				String name = folder.getFileName().toString();
				if (SUPPLIER_ID.matcher(name).matches() && Files.isDirectory(folder.resolve("inbox"))) {
					inboxes.add(new SupplierInbox(name, folder));
				}
			}
		}
		return inboxes;
	}

	private boolean take(SupplierInbox inbox, Path file, Look look, Instant now) throws IOException {
		Optional<Path> claim = inbox.claim(file, now);
		if (claim.isEmpty()) {
			return false;
		}
		Path claimed = claim.get();
		String name = file.getFileName().toString();
		String stamp = String.valueOf(now.toEpochMilli());
		long size = Files.size(claimed);
		long limit = settings.maxMessageSize().toBytes();
		if (size > limit) {
			inbox.refuse(claimed, stamp, ErrorNote.notRead(name, "The file is " + size + " bytes, more than the "
					+ limit + " bytes a message may have (hub.supplier.max-message-size)"));
			return true;
		}
		byte[] content = Files.readAllBytes(claimed);
		Optional<Channel> channel = FileChannels.of(name,
				Arrays.copyOf(content, Math.min(content.length, FileChannels.HEAD)));
		if (channel.isEmpty()) {
			inbox.refuse(claimed, stamp, ErrorNote.notRead(name, "Not a partner message: a .csv or .json file, or "
					+ "X12 (starting with ISA) or EDIFACT (starting with UNA or UNB) was expected"));
			return true;
		}
		MessageReceipt receipt;
		try {
			receipt = intake.receive(new ReceiveMessageCommand(inbox.supplierId(), channel.get(), "FILE",
					FileChannels.contentType(channel.get()), name, content,
					IdempotencyKeys.forFile(inbox.supplierId(), channel.get(), name, content)));
		}
		catch (RuntimeException e) {
			log.error("File {} of supplier {} could not be taken in; it goes back to the inbox and is tried again",
					name, inbox.supplierId(), e);
			inbox.release(claimed, look.modified());
			return false;
		}
		String tag = receipt.trackingId().toString().substring(0, 8);
		if (KEPT.contains(receipt.status())) {
			inbox.archive(claimed, tag);
		}
		else {
			inbox.refuse(claimed, tag, ErrorNote.of(name, receipt));
		}
		return true;
	}

	/** What a file looked like at one poll. */
	record Look(long size, Instant modified) {

		static Optional<Look> of(Path file) {
			try {
				return Optional.of(new Look(Files.size(file),
						Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()));
			}
			catch (IOException e) {
				return Optional.empty();
			}
		}

		boolean complete(@Nullable Look previous, Instant now, Duration settle) {
			return this.equals(previous) || !modified.isAfter(now.minus(settle));
		}
	}
}
