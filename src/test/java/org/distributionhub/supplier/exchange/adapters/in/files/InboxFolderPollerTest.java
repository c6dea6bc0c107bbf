package org.distributionhub.supplier.exchange.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.platform.folders.FolderFiles;
import org.distributionhub.platform.folders.FolderRules;
import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The inbox poller on real folders, with an intake that records what it was given and answers as told. */
class InboxFolderPollerTest {

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	@TempDir
	Path root;

	private final MovableClock clock = new MovableClock(NOW);
	private final RecordingIntake intake = new RecordingIntake();
	private InboxFolderPoller poller;

	@BeforeEach
	void setUp() throws IOException {
		Files.createDirectories(root.resolve("ACME/inbox"));
		poller = new InboxFolderPoller(intake, supplierId -> Optional.empty(),
				new InboxFolderSettings(root, DataSize.ofBytes(1000), Duration.ofSeconds(10)), clock);
	}

	@Test
	void anAppliedFileIsTakenInAsItIsAndArchived() throws IOException {
		drop("855-0001.x12", "ISA*00*          *00*          *ZZ*ACME~", NOW.minusSeconds(60));

		assertThat(poller.pollOnce()).isEqualTo(1);

		var command = intake.commands.get(0);
		assertThat(command.supplierId()).isEqualTo("ACME");
		assertThat(command.channel()).isEqualTo(Channel.X12);
		assertThat(command.source()).isEqualTo("FILE");
		assertThat(command.fileName()).isEqualTo("855-0001.x12");
		assertThat(command.contentType()).isEqualTo("application/edi-x12");
		assertThat(new String(command.content(), StandardCharsets.UTF_8))
			.isEqualTo("ISA*00*          *00*          *ZZ*ACME~");
		assertThat(command.idempotencyKey()).as("EDI is recognised by its interchange").isNull();
		assertThat(files("ACME/inbox")).isEmpty();
		assertThat(files("ACME/archive")).containsExactly("855-0001.x12");
		assertThat(files("ACME/.processing")).isEmpty();
	}

	@Test
	void everyStatusThatKeepsTheMessageArchivesTheFile() throws IOException {
		List<String> kept = List.of("APPLIED", "NO_CHANGE", "DUPLICATE", "PARKED", "PARTIAL", "STALE");
		for (String status : kept) {
			intake.statusByFile.put(status + ".csv", status);
			drop(status + ".csv", "retailer_po,sku_id\nPO-1,SKU-1\n", NOW.minusSeconds(60));
		}

		poller.pollOnce();

		assertThat(files("ACME/archive")).containsExactlyInAnyOrderElementsOf(
				kept.stream().map(status -> status + ".csv").toList());
		assertThat(files("ACME/error")).isEmpty();
	}

	@Test
	void aRefusedFileGoesToErrorBesideANoteSayingWhy() throws IOException {
		intake.statusByFile.put("855-0002.x12", "REFUSED");
		drop("855-0002.x12", "ISA*00*broken", NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(files("ACME/error")).containsExactly("855-0002.x12", "855-0002.x12.error.txt");
		assertThat(root.resolve("ACME/error/855-0002.x12")).hasContent("ISA*00*broken");
		MessageReceipt receipt = intake.receipts.get(0);
		assertThat(Files.readAllLines(root.resolve("ACME/error/855-0002.x12.error.txt"))).containsExactly(
				"File: 855-0002.x12",
				"Refused: " + NOW,
				"Status: REFUSED",
				"Summary: 1 document(s), 1 refused; 2 problem(s)",
				"Problem: ISA06: Sender ZZ:OTHER is not supplier ACME's EDI identity",
				"Problem: BAK02: AX is not a known acknowledgement type",
				"Document 0001 (ACKNOWLEDGEMENT, PO PO-1001): REFUSED: BAK02 is not a known acknowledgement type",
				"Tracking id: " + receipt.trackingId(),
				"Received: " + NOW);
	}

	@Test
	void aFileOnAChannelTheSuppliersPolicyDoesNotAllowGoesToErrorWithoutBeingTakenIn() throws IOException {
		var x12Only = new PartnerPolicy("ACME", "edi-only", 10, 1000, Set.of(Channel.X12), null, List.of(),
				Duration.ofHours(48));
		poller = new InboxFolderPoller(intake, supplierId -> Optional.of(x12Only),
				new InboxFolderSettings(root, DataSize.ofBytes(1000), Duration.ofSeconds(10)), clock);
		drop("acks.csv", "retailer_po\nPO-1\n", NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(intake.commands).isEmpty();
		assertThat(files("ACME/error")).containsExactly("acks.csv", "acks.csv.error.txt");
		assertThat(root.resolve("ACME/error/acks.csv.error.txt")).content()
			.contains("Channel CSV is not allowed for supplier ACME by its policy (pack edi-only)");
	}

	@Test
	void aFileWhoseProcessingFailedOnOurSideGoesToErrorToo() throws IOException {
		intake.statusByFile.put("acks.csv", "FAILED");
		drop("acks.csv", "retailer_po\nPO-1\n", NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(files("ACME/error")).containsExactly("acks.csv", "acks.csv.error.txt");
		assertThat(root.resolve("ACME/error/acks.csv.error.txt")).content().contains("Status: FAILED");
	}

	@Test
	void aFileLargerThanTheLimitGoesToErrorWithoutBeingRead() throws IOException {
		drop("big.x12", "ISA" + "*".repeat(1200), NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(intake.commands).isEmpty();
		assertThat(files("ACME/error")).containsExactly("big.x12", "big.x12.error.txt");
		assertThat(root.resolve("ACME/error/big.x12.error.txt")).content()
			.contains("1203 bytes, more than the 1000 bytes")
			.contains("hub.supplier.max-message-size");
	}

	@Test
	void aFileStillBeingWrittenWaitsUntilItRestedUnchangedForTheSettleTime() throws IOException {
		drop("acks.csv", "retailer_po,sku_id\n", NOW.minusSeconds(1));

		assertThat(poller.pollOnce()).as("just written, never seen before").isZero();

		clock.advance(Duration.ofSeconds(5));
		Files.writeString(root.resolve("ACME/inbox/acks.csv"), "retailer_po,sku_id\nPO-1,SKU-1\n");
		Files.setLastModifiedTime(root.resolve("ACME/inbox/acks.csv"), FileTime.from(clock.instant()));
		assertThat(poller.pollOnce()).as("it grew since the last look").isZero();

		clock.advance(Duration.ofSeconds(5));
		assertThat(poller.pollOnce()).as("unchanged since the last look, but written only 5s ago").isZero();

		clock.advance(Duration.ofSeconds(5));
		assertThat(poller.pollOnce()).as("unchanged and rested the settle time").isEqualTo(1);
		assertThat(new String(intake.commands.get(0).content(), StandardCharsets.UTF_8))
			.isEqualTo("retailer_po,sku_id\nPO-1,SKU-1\n");
	}

	@Test
	void hiddenFilesAndFilesStillInTransferAreLeftAlone() throws IOException {
		drop(".acks.csv", "x", NOW.minusSeconds(600));
		drop("acks.csv.tmp", "x", NOW.minusSeconds(600));
		drop("855.x12.part", "x", NOW.minusSeconds(600));
		drop("855.X12.PART", "x", NOW.minusSeconds(600));

		assertThat(poller.pollOnce()).isZero();
		assertThat(intake.commands).isEmpty();
		assertThat(files("ACME/inbox")).hasSize(4);
	}

	@Test
	void aCsvWithAByteOrderMarkIsTakenInAsCsvWithTheMarkKeptVerbatim() throws IOException {
		byte[] content = "\uFEFFretailer_po , sku_id ,quantity_accepted\nPO-1,SKU-1,5\n"
			.getBytes(StandardCharsets.UTF_8);
		Files.write(root.resolve("ACME/inbox/ACKS.CSV"), content);
		Files.setLastModifiedTime(root.resolve("ACME/inbox/ACKS.CSV"), FileTime.from(NOW.minusSeconds(60)));

		poller.pollOnce();

		var command = intake.commands.get(0);
		assertThat(command.channel()).isEqualTo(Channel.CSV);
		assertThat(command.contentType()).isEqualTo("text/csv");
		assertThat(command.content()).isEqualTo(content);
		assertThat(command.idempotencyKey()).startsWith("file-").hasSize(69);
	}

	@Test
	void theChannelOfEdiAndJsonFilesIsFoundFromNameAndContent() throws IOException {
		drop("a.edi", "\uFEFF\r\n  ISA*00*", NOW.minusSeconds(60));
		drop("b.edi", "UNA:+.? 'UNB+UNOC:3+ACME", NOW.minusSeconds(60));
		drop("c.txt", "UNB+UNOC:3+ACME", NOW.minusSeconds(60));
		drop("d.json", "{\"acknowledgements\":[]}", NOW.minusSeconds(60));
		drop("e.x12", "not edi at all", NOW.minusSeconds(60));

		poller.pollOnce();

		Map<String, Channel> channels = new HashMap<>();
		intake.commands.forEach(command -> channels.put(command.fileName(), command.channel()));
		assertThat(channels).containsExactlyInAnyOrderEntriesOf(
				Map.of("a.edi", Channel.X12, "b.edi", Channel.EDIFACT, "c.txt", Channel.EDIFACT, "d.json", Channel.API,
						"e.x12", Channel.X12));
		assertThat(intake.commands).filteredOn(command -> command.fileName().equals("d.json"))
			.singleElement()
			.satisfies(command -> assertThat(command.idempotencyKey()).startsWith("file-"));
	}

	@Test
	void aFileThatIsNoPartnerMessageGoesToErrorUnread() throws IOException {
		drop("invoice.pdf", "%PDF-1.7", NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(intake.commands).isEmpty();
		assertThat(files("ACME/error")).containsExactly("invoice.pdf", "invoice.pdf.error.txt");
		assertThat(root.resolve("ACME/error/invoice.pdf.error.txt")).content().contains("Not a partner message");
	}

	@Test
	void aFileTheIntakeCouldNotTakeStaysInTheInboxForTheNextPoll() throws IOException {
		intake.failuresLeft = 1;
		drop("acks.csv", "retailer_po\nPO-1\n", NOW.minusSeconds(60));

		assertThat(poller.pollOnce()).isZero();
		assertThat(files("ACME/inbox")).containsExactly("acks.csv");

		assertThat(poller.pollOnce()).isEqualTo(1);
		assertThat(files("ACME/archive")).containsExactly("acks.csv");
	}

	@Test
	void aFileTakenInBeforeACrashIsTakenInAgainAndGetsItsFirstReceipt() throws IOException {
		drop("acks.csv", "retailer_po\nPO-1\n", NOW.minusSeconds(60));
		poller.pollOnce();
		MessageReceipt first = intake.receipts.get(0);
		// The hub stopped after the intake answered and before the file was archived: it is still claimed.
		Files.createDirectories(root.resolve("ACME/.processing"));
		Files.move(root.resolve("ACME/archive/acks.csv"), root.resolve("ACME/.processing/acks.csv"));
		Files.setLastModifiedTime(root.resolve("ACME/.processing/acks.csv"), FileTime.from(NOW));

		clock.advance(Duration.ofMinutes(5));
		assertThat(poller.pollOnce()).as("the claim may still be another hub's").isZero();

		clock.advance(FolderRules.CLAIM_TIMEOUT);
		assertThat(poller.pollOnce()).isEqualTo(1);

		assertThat(intake.commands).hasSize(2);
		assertThat(intake.commands.get(1).idempotencyKey()).isEqualTo(intake.commands.get(0).idempotencyKey());
		assertThat(intake.receipts.get(1).trackingId()).isEqualTo(first.trackingId());
		assertThat(intake.receipts.get(1).replayed()).isTrue();
		assertThat(files("ACME/archive")).containsExactly("acks.csv");
	}

	@Test
	void aNameAlreadyArchivedIsKeptAndTheNewFileGetsItsOwnName() throws IOException {
		Files.createDirectories(root.resolve("ACME/archive"));
		Files.writeString(root.resolve("ACME/archive/acks.csv"), "yesterday's");
		drop("acks.csv", "retailer_po\nPO-2\n", NOW.minusSeconds(60));

		poller.pollOnce();

		assertThat(root.resolve("ACME/archive/acks.csv")).hasContent("yesterday's");
		String tag = intake.receipts.get(0).trackingId().toString().substring(0, 8);
		assertThat(files("ACME/archive")).containsExactly("acks-" + tag + ".csv", "acks.csv");
	}

	@Test
	void aBusyPartnerHasItsFilesTakenOverSeveralPollsWhileOthersAreServed() throws IOException {
		for (int i = 0; i < FolderRules.FILES_PER_ROUND + 5; i++) {
			drop("acks-" + i + ".csv", "retailer_po\nPO-" + i + "\n", NOW.minusSeconds(60));
		}
		Files.createDirectories(root.resolve("BOLT/inbox"));
		Files.writeString(root.resolve("BOLT/inbox/acks.csv"), "retailer_po\nPO-9\n");
		Files.setLastModifiedTime(root.resolve("BOLT/inbox/acks.csv"), FileTime.from(NOW.minusSeconds(60)));

		assertThat(poller.pollOnce()).isEqualTo(FolderRules.FILES_PER_ROUND + 1);
		assertThat(files("BOLT/archive")).containsExactly("acks.csv");
		assertThat(poller.pollOnce()).isEqualTo(5);
		assertThat(files("ACME/inbox")).isEmpty();
	}

	@Test
	void foldersWithoutAnInboxOrWithoutASupplierIdAsNameAreIgnored() throws IOException {
		Files.createDirectories(root.resolve("OTHER/outbox"));
		Files.createDirectories(root.resolve(".hidden/inbox"));
		Files.writeString(root.resolve(".hidden/inbox/a.csv"), "x");
		Files.setLastModifiedTime(root.resolve(".hidden/inbox/a.csv"), FileTime.from(NOW.minusSeconds(60)));

		assertThat(poller.pollOnce()).isZero();
		assertThat(intake.commands).isEmpty();
	}

	private void drop(String name, String content, Instant modified) throws IOException {
		FolderFiles.drop(root.resolve("ACME/inbox"), name, content, modified);
	}

	private List<String> files(String folder) {
		return FolderFiles.names(root.resolve(folder));
	}

	/** Answers with the status set for the file name (APPLIED otherwise); a known idempotency key gets its receipt. */
	private final class RecordingIntake implements ReceivePartnerMessage {

		final List<ReceiveMessageCommand> commands = new ArrayList<>();
		final List<MessageReceipt> receipts = new ArrayList<>();
		final Map<String, String> statusByFile = new HashMap<>();
		final Map<String, MessageReceipt> byKey = new HashMap<>();
		int failuresLeft;

		@Override
		public MessageReceipt receive(ReceiveMessageCommand command) {
			if (failuresLeft > 0) {
				failuresLeft--;
				throw new IllegalStateException("database unavailable");
			}
			commands.add(command);
			MessageReceipt earlier = command.idempotencyKey() == null ? null : byKey.get(command.idempotencyKey());
			MessageReceipt receipt = earlier != null ? replayed(earlier) : answer(command);
			if (command.idempotencyKey() != null) {
				byKey.putIfAbsent(command.idempotencyKey(), receipt);
			}
			receipts.add(receipt);
			return receipt;
		}

		private MessageReceipt answer(ReceiveMessageCommand command) {
			MessageStatus status = MessageStatus.valueOf(statusByFile.getOrDefault(command.fileName(), "APPLIED"));
			if (status == MessageStatus.REFUSED) {
				return new MessageReceipt(UUID.randomUUID(), command.supplierId(), command.channel(),
						clock.instant(),
						status, "1 document(s), 1 refused; 2 problem(s)",
						List.of(new Problem("ISA06", "Sender ZZ:OTHER is not supplier ACME's EDI identity"),
								new Problem("BAK02", "AX is not a known acknowledgement type")),
						List.of(new DocumentOutcome("0001", DocumentKind.ACKNOWLEDGEMENT, "PO-1001", DocumentResult.REFUSED,
								"BAK02 is not a known acknowledgement type")),
						null, false, false);
			}
			return new MessageReceipt(UUID.randomUUID(), command.supplierId(), command.channel(),
					clock.instant(), status, "1 document(s), 1 " + status.name().toLowerCase(), List.of(), List.of(), null, false, false);
		}

		private MessageReceipt replayed(MessageReceipt earlier) {
			return new MessageReceipt(earlier.trackingId(), earlier.supplierId(), earlier.channel(),
					earlier.receivedAt(), earlier.status(), earlier.summary(), earlier.problems(), earlier.documents(),
					earlier.functionalAckId(), true, false);
		}
	}
}
