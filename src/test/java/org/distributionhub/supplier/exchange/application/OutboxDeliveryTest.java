package org.distributionhub.supplier.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.in.DeliveryRound;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerFolders;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.distributionhub.supplier.api.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Folder rounds over an in-memory outbox: written entries are delivered, a folder that fails is tried again. */
class OutboxDeliveryTest {

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);
	private final InMemoryPartnerOutbox outbox = new InMemoryPartnerOutbox();
	private final RecordingFolders folders = new RecordingFolders();
	private final OutboxDelivery delivery = new OutboxDelivery(outbox, folders,
			new TransactionTemplate(new WebhookDeliveryTest.NoTransactions()),
			new SupplierProperties(null, null, null, null, null, new SupplierProperties.Webhook(8,
					Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofSeconds(5)), null, 0),
			clock);

	@Test
	void dueFolderEntriesAreWrittenWithTheirIdAsTagAndMarkedDelivered() {
		UUID po = folderEntry("ACME", "850-PO-1.x12", "ISA*850");
		UUID ack = folderEntry("BOLT", "997-1.x12", "ISA*997");
		UUID webhook = outbox.add("ACME", OutboxKind.PURCHASE_ORDER, Channel.API, "PO-2/r1",
				new OutboundMessage("PO-2.json", "application/json", new byte[] { '{', '}' }), DeliveryRoute.WEBHOOK,
				NOW);

		assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRound(2, 2, 0, 0));

		assertThat(folders.written).containsExactly("ACME/850-PO-1.x12#" + po + "=ISA*850",
				"BOLT/997-1.x12#" + ack + "=ISA*997");
		assertThat(entry(po).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(entry(ack).deliveredAt()).isEqualTo(NOW);
		assertThat(entry(webhook).deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.deliverDue().taken()).isZero();
	}

	@Test
	void aFolderThatCannotBeWrittenIsTriedAgainWithBackoffAndNeverGivenUp() {
		folders.broken.add("ACME");
		UUID id = folderEntry("ACME", "850-PO-1.x12", "ISA*850");

		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRound(1, 0, 1, 0));
			Entry entry = entry(id);
			assertThat(entry.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(entry.lastError()).startsWith("Could not write to the outbox folder: ").contains("disk full");
			clock.advance(Duration.between(clock.instant(), entry.nextAttemptAt()));
		}
		assertThat(entry(id).attempts()).isEqualTo(10);

		folders.broken.clear();
		assertThat(delivery.deliverDue().delivered()).isEqualTo(1);
		assertThat(entry(id).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
	}

	@Test
	void theBackoffGrowsUpToItsMaximum() {
		folders.broken.add("ACME");
		UUID id = folderEntry("ACME", "850-PO-1.x12", "ISA*850");
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt <= 12; attempt++) {
			delivery.deliverDue();
			Duration wait = Duration.between(clock.instant(), entry(id).nextAttemptAt());
			waits.add(wait);
			clock.advance(wait);
		}

		assertThat(waits.get(0)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
		assertThat(waits.get(11)).isBetween(Duration.ofMinutes(24), Duration.ofMinutes(36));
	}

	private UUID folderEntry(String supplierId, String fileName, String content) {
		return outbox.add(supplierId, OutboxKind.PURCHASE_ORDER, Channel.X12, fileName, new OutboundMessage(fileName,
				"application/edi-x12", content.getBytes(StandardCharsets.UTF_8)), DeliveryRoute.FOLDER, clock.instant());
	}

	private Entry entry(UUID id) {
		return outbox.find(id).orElseThrow();
	}

	private static final class RecordingFolders implements PartnerFolders {

		final List<String> written = new ArrayList<>();
		final Set<String> broken = new HashSet<>();

		@Override
		public void prepare(String supplierId) {
		}

		@Override
		public String deliver(String supplierId, OutboundMessage message, String tag) {
			if (broken.contains(supplierId)) {
				throw new UncheckedIOException(new IOException("No space left on device (disk full)"));
			}
			written.add(supplierId + "/" + message.fileName() + "#" + tag + "="
					+ new String(message.content(), StandardCharsets.UTF_8));
			return message.fileName();
		}
	}
}
