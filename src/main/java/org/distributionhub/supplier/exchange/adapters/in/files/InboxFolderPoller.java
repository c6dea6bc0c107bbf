package org.distributionhub.supplier.exchange.adapters.in.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.distributionhub.platform.folders.ClaimedFile;
import org.distributionhub.platform.folders.FileOutcome;
import org.distributionhub.platform.folders.FolderLayout;
import org.distributionhub.platform.folders.FolderRules;
import org.distributionhub.platform.folders.WatchedFolder;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hub.supplier.inbox-poll-interval, takes each complete file from each {@code <supplierId>/inbox} folder under
 * hub.supplier.partner-folders into the partner message intake, as the platform's watched folder does it (settled
 * for hub.supplier.inbox-settle-time, claimed, archived or refused to {@code error} beside a note). A file is moved
 * only after the intake answered, so a crash in between takes it in again: EDI is recognised by its interchange, CSV
 * and JSON by an idempotency key from supplier, file name and content, and the first receipt is returned. A file
 * whose intake failed on our side goes back to the inbox; one on a channel its supplier's policy does not allow is
 * refused. Off with hub.supplier.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.supplier.scheduling.enabled", matchIfMissing = true)
class InboxFolderPoller {

	private static final Logger log = LoggerFactory.getLogger(InboxFolderPoller.class);

	private static final Set<MessageStatus> KEPT = EnumSet.of(MessageStatus.APPLIED, MessageStatus.NO_CHANGE,
			MessageStatus.DUPLICATE, MessageStatus.PARKED, MessageStatus.PARTIAL, MessageStatus.STALE);

	private static final Pattern SUPPLIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final ReceivePartnerMessage intake;
	private final FindPartnerPolicy policies;
	private final InboxFolderSettings settings;
	private final Clock clock;
	private final Map<String, WatchedFolder> inboxes = new HashMap<>();

	InboxFolderPoller(ReceivePartnerMessage intake, FindPartnerPolicy policies, InboxFolderSettings settings,
			Clock clock) {
		this.intake = intake;
		this.policies = policies;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hub.supplier.inbox-poll-interval:5s}",
			initialDelayString = "${hub.supplier.inbox-poll-interval:5s}")
	void poll() {
		try {
			pollOnce();
		}
		catch (IOException | RuntimeException e) {
			log.error("Polling the partner inboxes failed; the next poll tries again", e);
		}
	}

	/** One look at every inbox; returns how many files were taken in (archived or refused). */
	synchronized int pollOnce() throws IOException {
		Path root = settings.partnerFolders();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		int taken = 0;
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.sorted().toList()) {
				String supplierId = folder.getFileName().toString();
				if (SUPPLIER_ID.matcher(supplierId).matches() && Files.isDirectory(folder.resolve("inbox"))) {
					taken += inbox(supplierId, folder).poll(file -> take(supplierId, file));
				}
			}
		}
		return taken;
	}

	private WatchedFolder inbox(String supplierId, Path folder) {
		return inboxes.computeIfAbsent(supplierId, id -> new WatchedFolder("Supplier " + id + " inbox",
				FolderLayout.under(folder), FolderRules.of(settings.inboxSettleTime(), settings.maxMessageSize(),
						"hub.supplier.max-message-size"), clock));
	}

	private FileOutcome take(String supplierId, ClaimedFile file) {
		byte[] content = file.content();
		Optional<Channel> channel = FileChannels.of(file.name(),
				Arrays.copyOf(content, Math.min(content.length, FileChannels.HEAD)));
		if (channel.isEmpty()) {
			return FileOutcome.refused(ErrorNote.notRead("Not a partner message: a .csv or .json file, or "
					+ "X12 (starting with ISA) or EDIFACT (starting with UNA or UNB) was expected"));
		}
		var policy = policies.policy(supplierId).filter(it -> !it.allows(channel.get()));
		if (policy.isPresent()) {
			return FileOutcome.refused(ErrorNote.notRead("Channel " + channel.get() + " is not allowed for supplier "
					+ supplierId + " by its policy (pack " + policy.get().packName() + ")"));
		}
		MessageReceipt receipt = intake.receive(new ReceiveMessageCommand(supplierId, channel.get(), "FILE",
				FileChannels.contentType(channel.get()), file.name(), content,
				IdempotencyKeys.forFile(supplierId, channel.get(), file.name(), content)));
		String tag = receipt.trackingId().toString().substring(0, 8);
		return (KEPT.contains(receipt.status()) ? FileOutcome.archived() : FileOutcome.refused(ErrorNote.of(receipt)))
			.taggedWith(tag);
	}
}
